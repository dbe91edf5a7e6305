import { useEffect, useState } from 'react';
import type { FolderListing } from '../../shared/ipc';
import { api } from '../api';

/** The in-app file browser (browser fallback, no native dialogs): folders of the allowed roots via `file.list`. */
export function FileBrowser({
  pick,
  onPick,
  filter,
}: {
  pick: 'file' | 'folder';
  onPick: (path: string, listing: FolderListing) => void;
  filter?: (name: string) => boolean;
}) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const go = (dir?: string) => {
    void api.file.list(dir === undefined ? {} : { dir }).then((r) => {
      if (r.ok) {
        setListing(r.value);
        setError(null);
        if (pick === 'folder') onPick(r.value.dir, r.value);
      } else setError(r.error.message);
    });
  };
  useEffect(() => {
    go();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (listing === null) return <p className="muted">{error ?? 'Loading…'}</p>;
  const entries = listing.entries.filter(
    (e) => e.kind === 'dir' || (pick === 'file' && (filter?.(e.name) ?? true)),
  );
  return (
    <div className="file-browser">
      <div className="file-path">
        <select
          aria-label="Root folder"
          value=""
          onChange={(e) => e.target.value && go(e.target.value)}
        >
          <option value="">{listing.dir}</option>
          {listing.roots.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <button
          className="btn btn-small"
          disabled={listing.parent === null}
          onClick={() => listing.parent !== null && go(listing.parent)}
        >
          ↑ Up
        </button>
      </div>
      <ul className="file-list" data-testid="file-list">
        {entries.length === 0 && <li className="muted">Empty folder</li>}
        {entries.map((e) => (
          <li key={e.path}>
            <button
              className={`file-entry kind-${e.kind}`}
              onClick={() => (e.kind === 'dir' ? go(e.path) : onPick(e.path, listing))}
              onDoubleClick={() => e.kind === 'dir' && go(e.path)}
            >
              {e.kind === 'dir' ? '📁' : '📄'} {e.name}
            </button>
          </li>
        ))}
      </ul>
      {error && <div className="field-error">{error}</div>}
    </div>
  );
}
