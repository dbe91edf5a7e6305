// A delete that Heat ends DELETE_FAILED for a passing reason is deleted again. The failure is real: Heat
// deletes the stack's own Keystone project last, and Keystone refuses to delete a project that has a child,
// so a child project made by the admin fails the first delete ("Error deleting project"); the test removes
// the child when the destroy reports the retry, and the second delete succeeds.
import { afterAll, expect, it } from 'vitest';
import type { DeployEvent } from '../../shared/deploy/events';
import { deploy, destroy } from '../../electron/deploy/index';
import type { ClientPool } from '../../electron/deploy/clientPool';
import { CLOUD, cleanupPrefix, describeCloud, testClients, uniqueName } from '../support/cloud';
import { designOnDisk } from '../support/designOnDisk';
import { ADMIN_CLOUD } from '../support/fullCloud';

const oneLane = (name: string) => `isotherm: 1
name: ${name}
heat_template_version: 2021-04-16
regions:
  east: {region_name: RegionOne}
resources:
  marker:
    type: OS::Heat::None
    region: east
`;

interface Project {
  id: string;
  name: string;
}

async function identity<T>(
  clients: ClientPool,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  json?: unknown,
): Promise<T> {
  const session = await clients.session(ADMIN_CLOUD);
  const res = await session.request({
    service: 'identity',
    region: 'RegionOne',
    method,
    path,
    json,
  });
  return res.body as T;
}

/** The project Heat made for the stack: named `<owner project id>-<stack id>`, cut at 64 characters. */
async function stackProject(
  clients: ClientPool,
  stackId: string,
): Promise<Project & { domain_id: string }> {
  const { domains } = await identity<{ domains: Project[] }>(clients, 'GET', '/domains?name=heat');
  const domainId = domains[0]!.id;
  const { projects } = await identity<{ projects: Project[] }>(
    clients,
    'GET',
    `/projects?domain_id=${domainId}`,
  );
  const mine = projects.find((p) => p.name.length > 40 && stackId.startsWith(p.name.slice(33)));
  if (mine === undefined) throw new Error(`no Heat project for stack ${stackId}`);
  return { ...mine, domain_id: domainId };
}

describeCloud('a failed delete is deleted again', () => {
  const clients = testClients();
  const name = uniqueName('it-delretry');
  let blocker: string | undefined;
  afterAll(async () => {
    if (blocker !== undefined)
      await identity(clients, 'DELETE', `/projects/${blocker}`).catch(() => {});
    await cleanupPrefix(clients, name);
    await clients.close();
  });

  it('Heat refuses the first delete (a child project blocks its own), the retry succeeds', async () => {
    const { input } = await designOnDisk(clients, name, oneLane(name));
    expect((await deploy(input)).outcome).toBe('succeeded');
    const heat = await clients.heat(CLOUD, 'RegionOne');
    const stack = (await heat.findStack(`${name}-east`))!;
    const project = await stackProject(clients, stack.id);
    const child = await identity<{ project: Project }>(clients, 'POST', '/projects', {
      project: { name: `${name}-blocker`, domain_id: project.domain_id, parent_id: project.id },
    });
    blocker = child.project.id;

    const events: DeployEvent[] = [];
    let unblocked: Promise<unknown> | undefined;
    const result = await destroy(input, (e) => {
      events.push(e);
      if (e.kind === 'error' && e.transient && unblocked === undefined)
        unblocked = identity(clients, 'DELETE', `/projects/${blocker}`).then(
          () => (blocker = undefined),
        );
    });
    await unblocked;

    expect(result.outcome, JSON.stringify(result.failed)).toBe('succeeded');
    const deletes = events.filter((e) => e.kind === 'stack-action' && e.action === 'delete');
    expect(deletes).toHaveLength(2);
    const retries = events.flatMap((e) => (e.kind === 'error' ? [e] : []));
    expect(retries).toHaveLength(1);
    expect(retries[0]!.transient).toBe(true);
    expect(retries[0]!.message).toMatch(/Error deleting project.*attempt 2 of 3/);
    expect(await heat.findStack(`${name}-east`)).toBeUndefined();
  }, 120_000);
});
