import './palette.css';
import { memo, useMemo, useState, type DragEvent, type KeyboardEvent } from 'react';
import { PALETTE_MIME } from '../canvas/Canvas';
import { canvasControls } from '../canvas/canvasControls';
import { dropType } from '../canvas/canvasEvents';
import { deriveLayout } from '../canvas/adapter';
import { NODE_H } from '../canvas/geometry';
import { appStore, useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { ServiceIcon, serviceColor } from '../ui/ServiceIcon';
import { groupPalette, paletteItems, type PaletteItem } from './paletteModel';

const selectCatalog = (s: AppState) => s.catalog;
/** The services most designs start with. */
const OPEN_AT_START = ['Heat', 'Neutron', 'Nova'];

function addAtCenter(type: string) {
  const s = appStore.getState();
  const { lanes } = deriveLayout(s.design);
  const selectedLane =
    s.selected.length > 0 ? s.design.resources[s.selected[0]!]?.region : undefined;
  const lane = lanes.find((l) => l.id === selectedLane) ?? lanes[0];
  const center = canvasControls.viewCenter();
  dropType(
    appStore,
    lanes,
    type,
    lane === undefined ? center : { x: Math.max(120, center.x), y: lane.y + 40 + NODE_H },
    { avoidOverlap: true },
  );
}

/** Up/Down walk the palette's items (and from the search box into them); Enter or Space adds the focused type. */
function onItemKey(e: KeyboardEvent<HTMLElement>, type: string) {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    addAtCenter(type);
  } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    e.stopPropagation();
    focusSibling(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1);
  }
}

function focusSibling(from: HTMLElement, by: 1 | -1) {
  const items = [
    ...(from.closest('.palette')?.querySelectorAll<HTMLElement>('.palette-item') ?? []),
  ];
  const next = items[items.indexOf(from) + by];
  if (next !== undefined) next.focus();
  else if (by === -1) from.closest('.palette')?.querySelector<HTMLElement>('.search')?.focus();
}

const Item = memo(function Item({ item }: { item: PaletteItem }) {
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(PALETTE_MIME, item.type);
    e.dataTransfer.effectAllowed = 'copy';
  };
  return (
    <li
      className="palette-item"
      draggable
      onDragStart={onDragStart}
      onDoubleClick={() => addAtCenter(item.type)}
      onKeyDown={(e) => onItemKey(e, item.type)}
      tabIndex={0}
      role="button"
      aria-label={`Add ${item.type}`}
      title={`${item.type}\n${item.description}\nDrag onto a lane (or double-click, or Enter, to add to the selected resource's lane).`}
      data-testid={`palette-${item.type}`}
    >
      <span className="palette-icon" style={{ color: serviceColor(item.service) }}>
        <ServiceIcon service={item.service} />
      </span>
      <span className="palette-name">{item.name}</span>
    </li>
  );
});

/** Resource types from the catalog, grouped by service, searchable, draggable onto a lane. */
export function Palette() {
  const catalog = useApp(selectCatalog);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set(OPEN_AT_START));
  const items = useMemo(() => (catalog === null ? [] : paletteItems(catalog)), [catalog]);
  const groups = useMemo(() => groupPalette(items, query), [items, query]);
  const searching = query.trim() !== '';
  return (
    <aside className="palette" aria-label="Resource types">
      <div className="pane-title">Resources</div>
      <input
        className="search"
        type="search"
        placeholder="Search types…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key !== 'ArrowDown') return;
          e.preventDefault();
          e.currentTarget.closest('.palette')?.querySelector<HTMLElement>('.palette-item')?.focus();
        }}
        aria-label="Search resource types"
      />
      <div className="palette-groups">
        {catalog === null && <p className="muted pad">Loading the catalog…</p>}
        {catalog !== null && groups.length === 0 && (
          <p className="muted pad">No type matches “{query}”.</p>
        )}
        {groups.map((g) => {
          const open = searching || expanded.has(g.service);
          return (
            <section key={g.service} className="palette-group">
              <button
                className="palette-group-title"
                aria-expanded={open}
                onClick={() =>
                  setExpanded((c) => {
                    const next = new Set(c);
                    if (next.has(g.service)) next.delete(g.service);
                    else next.add(g.service);
                    return next;
                  })
                }
              >
                <span className="chevron">{open ? '▾' : '▸'}</span>
                <span style={{ color: serviceColor(g.service) }}>
                  <ServiceIcon service={g.service} size={14} />
                </span>
                {g.service}
                <span className="count">{g.items.length}</span>
              </button>
              {open && (
                <ul>
                  {g.items.map((item) => (
                    <Item key={item.type} item={item} />
                  ))}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </aside>
  );
}
