// Every compiled template of every example design passes Heat's own POST /validate in its region.
import { afterAll, expect, it } from 'vitest';
import { normalizeTemplate } from '../../electron/openstack/heat';
import { isOpenStackError } from '../../electron/openstack/errors';
import { exportNested } from '../../shared/compile/nested';
import { CLOUD, REGIONS, describeCloud, testClients } from '../support/cloud';
import { compiled, designOf, exampleFiles, exampleText } from '../support/designs';

describeCloud('Heat validates every example template', () => {
  const clients = testClients();
  afterAll(() => clients.close());

  for (const file of exampleFiles()) {
    it(file, async () => {
      const design = designOf(exampleText(file));
      const result = compiled(design);
      const stubbed = new Set<string>();
      const templates: [string, string, Record<string, unknown>][] = [];
      for (const s of result.plan.stacks) {
        templates.push([`${s.lane} (final)`, s.regionName, result.templates[s.lane]!]);
        for (const [i, t] of (result.passTemplates[s.lane] ?? []).entries())
          templates.push([`${s.lane} pass ${i + 1}`, s.regionName, t]);
      }
      expect(templates.length).toBeGreaterThan(0);
      for (const [what, regionName, template] of templates) {
        // the local cloud has RegionOne and RegionTwo; a lane in another region validates in RegionOne
        const onCloud = (REGIONS as readonly string[]).includes(regionName)
          ? regionName
          : 'RegionOne';
        if (onCloud !== regionName)
          console.warn(
            `${file} ${what}: region ${regionName} is not on the local cloud, validated in ${onCloud}`,
          );
        const heat = await clients.heat(CLOUD, onCloud);
        // types whose service this cloud cannot offer even with placeholder endpoints (e.g. Neutron
        // extensions) are mapped to OS::Heat::None, and reported
        for (let attempt = 0; ; attempt++) {
          const registry = Object.fromEntries([...stubbed].map((t) => [t, 'OS::Heat::None']));
          try {
            const answer = await heat.validate({
              template: normalizeTemplate(template as Record<string, unknown>),
              environment: { resource_registry: registry },
            });
            expect(answer).toHaveProperty('Parameters');
            break;
          } catch (e) {
            const type = isOpenStackError(e)
              ? /(?:Resource Type \(|resource type )([A-Za-z0-9:]+)/.exec(e.message)?.[1]
              : undefined;
            if (
              type === undefined ||
              stubbed.has(type) ||
              attempt > 20 ||
              !/unavailable|could not be found|not available/i.test((e as Error).message)
            ) {
              throw new Error(
                `${file} ${what} failed Heat's validation in ${regionName}: ${(e as Error).message}`,
              );
            }
            stubbed.add(type);
          }
        }
      }
      if (stubbed.size > 0)
        console.warn(
          `${file}: validated with ${[...stubbed].join(', ')} mapped to OS::Heat::None (the type is unavailable on the local cloud)`,
        );
      // the model-2 parent template validates too when the design allows it
      const nested = exportNested(design, result);
      if (Object.keys((nested.parent['resources'] ?? {}) as object).length > 0) {
        const heat = await clients.heat(CLOUD, 'RegionOne');
        const files = Object.fromEntries(
          Object.entries(nested.files).map(([k, v]) => [k, JSON.stringify(v)]),
        );
        const registry = Object.fromEntries([...stubbed].map((t) => [t, 'OS::Heat::None']));
        await heat.validate({
          template: nested.parent,
          files,
          environment: { resource_registry: registry },
        });
      }
    });
  }
});
