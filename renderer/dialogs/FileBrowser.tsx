import './fileBrowser.css';
import { useEffect, useState } from 'react';
import type { FolderListing } from '../../shared/ipc';
import { api } from '../api';
import { ToolIcon } from '../ui/ToolIcon';
import type { PickHow } from './folderField';
import { ALLOW_HINT, notAllowedMessage, rootOf } from './folderRoots';

/**
 * The in-app file browser (browser fallback, no native dialogs): the folders the server was started to allow
 * (`file.list`). "Look in" picks an allowed folder, Up goes to the parent, a typed folder path goes there on
 * Enter; a folder outside them is explained in place (with how to allow another), never as a notice loop.
 */
export function FileBrowser({
  pick,
  onPick,
  filter,
}: {
  pick: 'file' | 'folder';
  onPick: (path: string, listing: FolderListing, how: PickHow) => void;
  filter?: (name: string) => boolean;
}) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | null>(null);
  const go = (dir?: string) => {
    void api.file.list(dir === undefined ? {} : { dir }).then((r) => {
      if (r.ok) {
        setListing(r.value);
        setTyped(r.value.dir);
        setError(null);
        if (pick === 'folder') onPick(r.value.dir, r.value, dir === undefined ? 'start' : 'picked');
      } else
        setError(
          r.error.code === 'E_PATH_NOT_ALLOWED' && dir !== undefined
            ? notAllowedMessage(dir, listing?.roots ?? [])
            : r.error.message,
        );
    });
  };
  useEffect(() => {
    go();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (listing === null) return <p className="muted">{error ?? 'Loading…'}</p>;
  const entries = listing.entries.filter(
    (e) => e.name !== '' && (e.kind === 'dir' || (pick === 'file' && (filter?.(e.name) ?? true))),
  );
  const root = rootOf(listing);
  return (
    <div className="file-browser">
      <div className="file-path">
        <select
          aria-label="Look in"
          title={`The folders this session may use. ${ALLOW_HINT}.`}
          value={root ?? ''}
          onChange={(e) => go(e.target.value)}
        >
          {root === undefined && <option value="">{listing.dir}</option>}
          {[...new Set(listing.roots)].map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <button
          className="btn btn-small btn-icon"
          aria-label="Up to the parent folder"
          title="Up to the parent folder"
          disabled={listing.parent === null}
          onClick={() => listing.parent !== null && go(listing.parent)}
        >
          <ToolIcon name="up" /> Up
        </button>
        <input
          aria-label="Go to folder"
          placeholder="Type a folder, then Enter"
          title="Type a folder path, then press Enter"
          className="grow"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            if (typed.trim() !== '') go(typed.trim());
          }}
        />
      </div>
      <ul className="file-list" data-testid="file-list">
        {entries.length === 0 && <li className="muted">Empty folder</li>}
        {entries.map((e) => (
          <li key={e.path}>
            <button
              className={`file-entry kind-${e.kind}`}
              onClick={() => (e.kind === 'dir' ? go(e.path) : onPick(e.path, listing, 'picked'))}
            >
              <ToolIcon name={e.kind === 'dir' ? 'folder' : 'file'} /> {e.name}
            </button>
          </li>
        ))}
      </ul>
      {error !== null && (
        <div className="field-error" role="alert">
          {error}
        </div>
      )}
      {error === null && <p className="muted file-hint">{ALLOW_HINT}.</p>}
    </div>
  );
}
