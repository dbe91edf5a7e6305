import type { HeatSupportStatus, ResourceTypeSchema } from './types';

/**
 * Heat's support status of types, properties and attributes (from the catalog's `support_status`
 * and `x-isotherm-support`). Heat accepts HIDDEN and DEPRECATED items in templates: Isotherm warns
 * about them and does not offer hidden ones, but never refuses them.
 */
export type SupportLevel = 'SUPPORTED' | 'DEPRECATED' | 'HIDDEN' | 'UNSUPPORTED';

export interface Support {
  readonly level: SupportLevel;
  /** The Heat version since which the status holds (e.g. `5.0.0`). */
  readonly since?: string;
  /** What to use instead, from the status or the status it replaced (e.g. `Use property network.`). */
  readonly replacement?: string;
}

const SUPPORTED: Support = { level: 'SUPPORTED' };
const LEVELS: readonly string[] = ['SUPPORTED', 'DEPRECATED', 'HIDDEN', 'UNSUPPORTED'];

/** The first message along the status and its previous statuses (a HIDDEN item often inherits its DEPRECATED one's). */
function replacementOf(status: HeatSupportStatus): string | undefined {
  for (let s: HeatSupportStatus | null | undefined = status; s; s = s.previous_status) {
    if (typeof s.message === 'string' && s.message.trim() !== '') return s.message.trim();
  }
  return undefined;
}

export function supportOf(status: HeatSupportStatus | undefined): Support {
  if (status === undefined || !LEVELS.includes(status.status) || status.status === 'SUPPORTED')
    return SUPPORTED;
  const replacement = replacementOf(status);
  return {
    level: status.status as SupportLevel,
    ...(typeof status.version === 'string' ? { since: status.version } : {}),
    ...(replacement !== undefined ? { replacement } : {}),
  };
}

export function typeSupport(schema: ResourceTypeSchema): Support {
  return supportOf(schema.support_status);
}

/** A property path as the catalog keys it: list indices become `*` (`networks.*.uuid`). */
export function supportPath(path: readonly (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? '*' : p)).join('.');
}

export function propertySupport(
  schema: ResourceTypeSchema,
  path: readonly (string | number)[],
): Support {
  return supportOf(schema['x-isotherm-support']?.properties?.[supportPath(path)]);
}

export function attributeSupport(schema: ResourceTypeSchema, attribute: string): Support {
  return supportOf(schema['x-isotherm-support']?.attributes?.[attribute]);
}

/** Should the palette, inspector and choosers offer it? (HIDDEN and UNSUPPORTED: no; accepted all the same.) */
export function isOffered(support: Support): boolean {
  return support.level === 'SUPPORTED' || support.level === 'DEPRECATED';
}

/** `deprecated since 2014.1: Use property network.`: a short phrase for warnings and marks. */
export function describeSupport(support: Support): string {
  const since = support.since !== undefined ? ` since ${support.since}` : '';
  const use = support.replacement !== undefined ? `: ${support.replacement}` : '';
  return `${support.level.toLowerCase()}${since}${use}`;
}

/** The property a deprecated or hidden one is replaced by, when Heat's message says `Use property <name>.` */
export function replacementProperty(support: Support): string | undefined {
  return /^Use property (\w+)/.exec(support.replacement ?? '')?.[1];
}
