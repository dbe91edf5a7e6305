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
import { hasOwn, parameterNamesIn } from '../hot';

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
): boolean {
  return secretReferences(design, hidden)(target, attribute);
}

/**
 * `isSecretReference` for many references of one design: what a resource's echoed body carries is computed
 * once per resource (memoised, iteratively), so a chain of thousands of resources stays linear and never
 * exhausts the call stack. A resource met again while its own body is being read (a cycle) carries nothing.
 */
export function secretReferences(
  design: Design,
  hidden: ReadonlySet<string> = hiddenParameters(design),
): (target: string, attribute: readonly HotValue[] | undefined) => boolean {
  const bodySecret = new Map<string, boolean>();
  const named = (attribute: readonly HotValue[]) =>
    attribute.some((a) => typeof a === 'string' && SECRET_NAME.test(a));
  /** true / false when known without reading `target`'s body, else 'body'. */
  const direct = (target: string, attribute: readonly HotValue[] | undefined) => {
    const resource = hasOwn(design.resources, target) ? design.resources[target] : undefined;
    if (resource === undefined) return false;
    if (resource.type === RANDOM_STRING) return true;
    if (attribute === undefined || !ECHO_TYPES.has(resource.type))
      return attribute !== undefined && named(attribute);
    if (named(attribute)) return true;
    return bodySecret.get(target) ?? 'body';
  };
  const readBody = (root: string): boolean => {
    const frames = [{ id: root, refs: refsOf(design, root), next: 0 }];
    bodySecret.set(root, false); // in progress: a cycle back to it carries nothing
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      let found =
        bodySecret.get(frame.id) === true ||
        (frame.next === 0 && bodyReadsHidden(design, frame.id, hidden));
      while (!found && frame.next < frame.refs.length) {
        const ref = frame.refs[frame.next]!;
        const d = direct(ref.target, ref.attribute);
        if (d === 'body') {
          bodySecret.set(ref.target, false);
          frames.push({ id: ref.target, refs: refsOf(design, ref.target), next: 0 });
          break;
        }
        frame.next += 1;
        found = d;
      }
      if (frames[frames.length - 1] !== frame) continue;
      if (!found && frame.next < frame.refs.length) continue;
      bodySecret.set(frame.id, found);
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent !== undefined) {
        parent.next += 1;
        if (found) {
          // the parent's body carries the secret too: settle it (and so on upwards) on the next turns
          parent.refs = [];
          bodySecret.set(parent.id, true);
        }
      }
    }
    return bodySecret.get(root) ?? false;
  };
  return (target, attribute) => {
    const d = direct(target, attribute);
    return d === 'body' ? readBody(target) : d;
  };
}

/** The references of a resource that carry values (`depends_on` carries nothing), with get_attr's attribute. */
function refsOf(
  design: Design,
  id: string,
): { target: string; attribute: readonly HotValue[] | undefined }[] {
  return resourceReferences(id, design.resources[id]!)
    .filter((ref) => ref.kind !== 'depends_on')
    .map((ref) => ({
      target: ref.target,
      attribute: ref.kind === 'get_attr' ? (ref.attribute ?? []) : undefined,
    }));
}
