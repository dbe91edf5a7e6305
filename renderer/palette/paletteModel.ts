import { serviceOf } from '../../shared/catalog/catalog';
import { describeSupport, isOffered, typeSupport } from '../../shared/catalog/support';
import type { Catalog } from '../../shared/catalog/types';

export interface PaletteItem {
  type: string;
  /** `Server` of `OS::Nova::Server`. */
  name: string;
  service: string;
  description: string;
  /** Heat deprecates the type: `deprecated since 10.0.0: Use ...`. */
  deprecated?: string;
}

export interface PaletteGroup {
  service: string;
  items: PaletteItem[];
}

const firstSentence = (text: string | undefined): string => {
  const t = (text ?? '').replace(/\s+/g, ' ').trim();
  const end = t.search(/\.(\s|$)/);
  return end > 0 ? t.slice(0, end + 1) : t;
};

/** Resource types grouped by service (sorted), hidden and unsupported types left out, deprecated ones marked. */
export function paletteItems(catalog: Catalog): PaletteItem[] {
  return Object.values(catalog.types)
    .filter((t) => isOffered(typeSupport(t)))
    .map((t) => ({
      type: t.resource_type,
      name: t.resource_type.split('::').slice(2).join('::') || t.resource_type,
      service: serviceOf(t.resource_type),
      description: firstSentence(t.description),
      ...(typeSupport(t).level === 'DEPRECATED'
        ? { deprecated: describeSupport(typeSupport(t)) }
        : {}),
    }));
}

/** Search by name, type and description (all words must match); groups sorted by service, items by name. */
export function groupPalette(items: readonly PaletteItem[], query: string): PaletteGroup[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const groups = new Map<string, PaletteItem[]>();
  for (const item of items) {
    const hay = `${item.type} ${item.description}`.toLowerCase();
    if (!words.every((w) => hay.includes(w))) continue;
    const list = groups.get(item.service) ?? [];
    list.push(item);
    groups.set(item.service, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([service, list]) => ({
      service,
      items: list.sort((a, b) => a.name.localeCompare(b.name)),
    }));
}
