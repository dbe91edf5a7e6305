import { useCallback } from 'react';
import { handleConnect } from '../canvas/canvasEvents';
import { appStore } from '../store/appStore';
import { QuickPick, type QuickPickItem } from '../ui/QuickPick';

const close = () => appStore.getState().openDialog(null);

/** Where the binding chooser opens when the connection was not drawn (near the top, like this list). */
const CHOOSER_AT = { x: 420, y: 96 };

/** Connect without a mouse: choose the target of `from` from a list; the binding follows as for a drawn edge. */
export function ConnectToDialog({ from }: { from: string }) {
  const items = useCallback(
    (query: string): QuickPickItem[] => {
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      return Object.entries(appStore.getState().design.resources)
        .filter(([id]) => id !== from)
        .map(([id, r]) => ({ key: id, title: id, detail: `${r.type} · ${r.region}` }))
        .filter((row) =>
          words.every((w) => `${row.title} ${row.detail}`.toLowerCase().includes(w)),
        );
    },
    [from],
  );
  const onPick = (row: QuickPickItem) => {
    close();
    const s = appStore.getState();
    handleConnect(appStore, s.catalog, from, row.key, CHOOSER_AT);
  };
  return (
    <QuickPick
      title={`Connect ${from} to…`}
      placeholder="Type a resource id or type"
      items={items}
      onPick={onPick}
      onClose={close}
    />
  );
}
