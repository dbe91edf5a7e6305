import './quickPick.css';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';

/** One row of a quick pick. */
export interface QuickPickItem {
  key: string;
  title: string;
  /** Shown at the right (a shortcut, a type). */
  detail?: string;
  /** Why it cannot be picked now (shown under the title); the row stays visible. */
  disabled?: string | null;
}

/**
 * A keyboard-first chooser (the command palette, the Connect target list): type to filter, Up/Down to move,
 * Enter to pick, Escape to close; the mouse works too. A combobox with a listbox, as screen readers expect.
 */
export function QuickPick<T extends QuickPickItem>({
  title,
  placeholder,
  items,
  onQuery,
  onPick,
  onClose,
}: {
  title: string;
  placeholder: string;
  /** The rows for the current query (the caller filters). */
  items: (query: string) => T[];
  onQuery?: (query: string) => void;
  onPick: (item: T) => void;
  onClose: () => void;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const rows = useMemo(() => items(query), [items, query]);
  const listId = useId();
  const list = useRef<HTMLUListElement>(null);
  const current = rows[Math.min(active, rows.length - 1)];
  useEffect(() => {
    list.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, rows]);
  const onKeyDown = (e: KeyboardEvent) => {
    const move = (by: number) => {
      e.preventDefault();
      if (rows.length > 0)
        setActive((i) => (Math.min(i, rows.length - 1) + by + rows.length) % rows.length);
    };
    if (e.key === 'ArrowDown') move(1);
    else if (e.key === 'ArrowUp') move(-1);
    else if (e.key === 'Enter') {
      e.preventDefault();
      if (current !== undefined) onPick(current);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
    }
  };
  return (
    <div
      className="quick-pick-backdrop"
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="quick-pick" role="dialog" aria-modal="true" aria-label={title}>
        <div className="quick-pick-title">{title}</div>
        <input
          className="quick-pick-input"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={current === undefined ? undefined : `${listId}-${current.key}`}
          aria-label={placeholder}
          placeholder={placeholder}
          autoFocus
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            onQuery?.(e.target.value);
          }}
          onKeyDown={onKeyDown}
        />
        <ul className="quick-pick-list" role="listbox" id={listId} ref={list}>
          {rows.length === 0 && <li className="quick-pick-empty">Nothing matches “{query}”.</li>}
          {rows.map((row, i) => (
            <li
              key={row.key}
              id={`${listId}-${row.key}`}
              role="option"
              aria-selected={row === current}
              aria-disabled={row.disabled != null}
              className={`quick-pick-row${row === current ? ' is-active' : ''}${row.disabled != null ? ' is-disabled' : ''}`}
              onMouseMove={() => setActive(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => onPick(row)}
            >
              <span className="quick-pick-row-title">{row.title}</span>
              {row.detail !== undefined && <span className="quick-pick-detail">{row.detail}</span>}
              {row.disabled != null && <span className="quick-pick-why">{row.disabled}</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
