/**
 * Which cross-region values carry a secret, so the receiving template declares their parameter
 * `hidden: true` (Heat then masks it, and the deployer and the CLI never print it). The rule, kept
 * small and conservative (hiding a value too many only hides it from display):
 *
 * 1. anything read from an `OS::Heat::RandomString` (its `value` attribute, any attribute, or
 *    get_resource, whose reference id is the generated string itself);
 * 2. a get_attr whose attribute path names a secret: a segment matching SECRET_NAME (password,
 *    passwd, passphrase, secret, token, credential, private key, key material, or `*_pass`);
 * 3. a get_attr of a resource that echoes its properties into its attributes (ECHO_TYPES:
 *    OS::Heat::Value, TestResource, the software config types) when those properties derive from
 *    a secret: they read a `hidden: true` parameter, or reference a secret by rules 1-3
 *    (followed across resources; `depends_on` carries nothing). Attributes of other resources
 *    (a server's address, a user's id) are computed by the service, not copied, so stay visible.
 */
import type { Design, HotValue } from '../design/model';
import { resourceReferences } from '../design/refs';
import { parameterNamesIn } from '../hot';

export const SECRET_NAME =
  /password|passwd|passphrase|secret|token|credential|private_?key|key_?material|(?:^|_)pass$/i;

const RANDOM_STRING = 'OS::Heat::RandomString';

/** Resource types whose attributes copy their properties (what goes in comes out). */
export const ECHO_TYPES: ReadonlySet<string> = new Set([
  'OS::Heat::Value',
  'OS::Heat::TestResource',
  'OS::Heat::SoftwareConfig',
  'OS::Heat::StructuredConfig',
  'OS::Heat::CloudConfig',
  'OS::Heat::MultipartMime',
]);

/** The names of the design's `hidden: true` parameters. */
export function hiddenParameters(design: Pick<Design, 'parameters'>): Set<string> {
  const out = new Set<string>();
  for (const [name, def] of Object.entries(design.parameters))
    if (def['hidden'] === true) out.add(name);
  return out;
}

function bodyReadsHidden(design: Design, id: string, hidden: ReadonlySet<string>): boolean {
  const r = design.resources[id];
  if (r === undefined || hidden.size === 0) return false;
  const names = new Set<string>();
  for (const v of [r.properties, r.metadata, r.update_policy, r.external_id])
    parameterNamesIn(v ?? null, names);
  return [...names].some((n) => hidden.has(n));
}

/** Whether a reference (`get_resource` when `attribute` is undefined, else `get_attr`) to `target` reads a secret. */
export function isSecretReference(
  design: Design,
  target: string,
  attribute: readonly HotValue[] | undefined,
  hidden = hiddenParameters(design),
  seen = new Set<string>(),
): boolean {
  const resource = design.resources[target];
  if (resource === undefined || seen.has(target)) return false;
  if (resource.type === RANDOM_STRING) return true;
  if (attribute === undefined || !ECHO_TYPES.has(resource.type))
    return (
      attribute !== undefined && attribute.some((a) => typeof a === 'string' && SECRET_NAME.test(a))
    );
  if (attribute.some((a) => typeof a === 'string' && SECRET_NAME.test(a))) return true;
  if (bodyReadsHidden(design, target, hidden)) return true;
  seen.add(target);
  return resourceReferences(target, resource).some(
    (ref) =>
      ref.kind !== 'depends_on' &&
      isSecretReference(
        design,
        ref.target,
        ref.kind === 'get_attr' ? (ref.attribute ?? []) : undefined,
        hidden,
        seen,
      ),
  );
}
