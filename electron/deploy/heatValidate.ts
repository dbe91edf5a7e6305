/**
 * "Validate on cloud": Heat's own POST /validate of each lane's template in the lane's region,
 * its answers turned into diagnostics (E_HEAT_VALIDATE) naming the lane and, when Heat names one,
 * the resource and property path.
 */
import type { CompileResult, HotTemplate } from '../../shared/compile/types';
import type { Design } from '../../shared/design/model';
import { diag, type Diagnostic } from '../../shared/util/diagnostics';
import type { ClientPool } from './clientPool';
import { normalizeTemplate } from '../openstack/heat';
import { isOpenStackError, toOpenStackError } from '../openstack/errors';

export const HEAT_VALIDATE_CODE = 'E_HEAT_VALIDATE';

/** Heat's own words, without the request line the client puts in front (`POST /validate -> 400 Type: `). */
export function heatMessage(message: string): string {
  const m = /^[A-Z]+ \S+ -> \d{3}(?: [A-Za-z]+)?: ([\s\S]*)$/.exec(message);
  return (m?.[1] ?? message).trim();
}

/** The resource (of this lane) and property path Heat's message points at, if any. */
export function locate(
  message: string,
  resources: readonly string[],
): { resource?: string; path?: string[] } {
  const dotted =
    /resources(?:\.|\[)['"]?([A-Za-z0-9_.-]+?)['"]?(?:\]|\.|$|\s|:)((?:properties|Properties)[.A-Za-z0-9_[\]-]*)?/.exec(
      message,
    );
  if (dotted !== null && resources.includes(dotted[1]!)) {
    const path = dotted[2]
      ? dotted[2]
          .split(/[.[\]]+/)
          .filter((s) => s !== '')
          .map((s) => (s === 'Properties' ? 'properties' : s))
      : undefined;
    return { resource: dotted[1]!, ...(path !== undefined && path.length > 0 ? { path } : {}) };
  }
  for (const r of resources) {
    if (
      new RegExp(
        `(?:Resource|resource)\\s+["']?${r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\b`,
      ).test(message)
    )
      return { resource: r };
  }
  return {};
}

export interface ValidateInput {
  design: Design;
  compiled: Pick<CompileResult, 'templates' | 'plan'>;
  cloud: string;
  clients: ClientPool;
  parameters?: Record<string, string>;
  signal?: AbortSignal;
}

/** One diagnostic per lane Heat refused (none when all pass); lanes are validated in parallel. */
export async function validateOnCloud(input: ValidateInput): Promise<Diagnostic[]> {
  const lanes = input.compiled.plan.stacks;
  const results = await Promise.all(
    lanes.map(async (lane): Promise<Diagnostic[]> => {
      const template = input.compiled.templates[lane.lane] as HotTemplate | undefined;
      if (template === undefined) return [];
      const declared = Object.keys((template['parameters'] ?? {}) as Record<string, unknown>);
      const parameters = Object.fromEntries(
        Object.entries(input.parameters ?? {}).filter(([k]) => declared.includes(k)),
      );
      try {
        const heat = await input.clients.heat(lane.cloud ?? input.cloud, lane.regionName);
        await heat.validate(
          { template: normalizeTemplate(template as Record<string, unknown>), parameters },
          input.signal,
        );
        return [];
      } catch (e) {
        if (isOpenStackError(e, 'E_ABORTED')) throw e;
        const err = toOpenStackError(e);
        // the cloud itself (auth, network) is not the design's problem: that is the caller's failure
        if (err.code !== 'E_BAD_REQUEST' && err.code !== 'E_NOT_FOUND' && err.code !== 'E_CONFLICT')
          throw err;
        const text = heatMessage(err.message);
        const laneResources = Object.entries(input.design.resources)
          .filter(([, r]) => r.region === lane.lane)
          .map(([id]) => id);
        const where = locate(text, laneResources);
        return [
          diag(
            HEAT_VALIDATE_CODE,
            'error',
            `Heat in ${lane.regionName} (lane ${lane.lane}): ${text}`,
            { lane: lane.lane, ...where },
          ),
        ];
      }
    }),
  );
  return results.flat();
}
