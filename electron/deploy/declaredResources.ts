/**
 * A create's resources as its template declares them, as Heat lists them before they start
 * (INIT_COMPLETE, no physical id): the follower shows them at once instead of asking Heat for the
 * listing (one request fewer in a stack's life). A resource with a condition may never exist: it is
 * left out (its events show it if it does). Undefined when the template is text (not read here).
 */
import type { HeatResource, TemplateBody } from '../openstack/heatTypes';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function declaredResources(template: TemplateBody): HeatResource[] | undefined {
  if (!isRecord(template)) return undefined;
  const resources = template['resources'] ?? {};
  if (!isRecord(resources)) return undefined;
  const declared: HeatResource[] = [];
  for (const [name, body] of Object.entries(resources)) {
    if (!isRecord(body) || typeof body['type'] !== 'string') return undefined;
    if (body['condition'] !== undefined) continue;
    declared.push({
      resource_name: name,
      resource_type: body['type'],
      resource_status: 'INIT_COMPLETE',
    });
  }
  return declared;
}
