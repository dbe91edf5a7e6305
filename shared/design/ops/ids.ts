/** Identifiers for new resources and lanes: readable, unique, deterministic. */

const ID_RE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Is `id` usable as a HOT resource name / lane id (a YAML key that needs no quoting)? */
export function isValidId(id: string): boolean {
  return ID_RE.test(id);
}

/** `OS::Nova::Server` -> `server`, `OS::Neutron::FloatingIPAssociation` -> `floating_ip_association`. */
export function baseIdOfType(type: string): string {
  const last = type.split('::').pop() ?? 'resource';
  const snake = last
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
  return isValidId(snake) ? snake : `r_${snake}`;
}

/** `base` if free, else `base_2`, `base_3`... (a trailing `_<n>` of `base` is stripped first). */
export function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  const stem = base.replace(/_\d+$/, '') || base;
  for (let n = 2; ; n++) {
    const candidate = `${stem}_${n}`;
    if (!taken(candidate)) return candidate;
  }
}
