/**
 * `base`, or `base_<suffix>`, `base_<suffix>_2`, ... : the first name not in `taken` (deterministic).
 * Without a suffix: `base`, `base_2`, `base_3`, ...
 */
export function uniqueName(base: string, taken: ReadonlySet<string>, suffix?: string): string {
  if (!taken.has(base)) return base;
  const first = suffix === undefined ? base : `${base}_${suffix}`;
  if (suffix !== undefined && !taken.has(first)) return first;
  for (let i = 2; ; i++) {
    const candidate = `${first}_${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}
