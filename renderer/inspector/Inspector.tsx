import { useApp } from '../store/appStore';
import type { AppState } from '../store/types';
import { DesignInspector } from './DesignInspector';
import { ResourceInspector } from './ResourceInspector';

const selectSelected = (s: AppState) => s.selected;

/** The selected resource's form; the design's own fields when nothing is selected. */
export function Inspector() {
  const selected = useApp(selectSelected);
  return (
    <aside className="inspector" aria-label="Inspector">
      <div className="pane-title">
        {selected.length === 1
          ? selected[0]
          : selected.length > 1
            ? `${selected.length} resources`
            : 'Design'}
      </div>
      {selected.length === 1 ? (
        <ResourceInspector key={selected[0]} id={selected[0]!} />
      ) : selected.length > 1 ? (
        <p className="muted pad">
          {selected.length} resources selected. Delete, copy or duplicate them, or drag them
          together.
        </p>
      ) : (
        <DesignInspector />
      )}
    </aside>
  );
}
