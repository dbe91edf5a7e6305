import { HISTORY_LIMIT } from './slice';
import type { AppState, HistoryEntry } from './types';

/**
 * The one place where history records an entry (STYLE.md 10). An entry is everything the user sees of the
 * document: the design, its source, its revision, and the YAML pane's own text with its problems, so undo
 * and redo bring back the pane exactly as it was, "not applied" mark included.
 */

type Undoable = Pick<
  AppState,
  'design' | 'source' | 'revision' | 'yamlDraft' | 'yamlDiagnostics' | 'past' | 'future'
>;

export function snapshot(state: Undoable, label: string): HistoryEntry {
  return {
    label,
    design: state.design,
    source: state.source,
    revision: state.revision,
    yamlDraft: state.yamlDraft,
    yamlDiagnostics: state.yamlDiagnostics,
  };
}

/**
 * The history after one new user action labelled `label`: the state before it is pushed, redo is cleared.
 * An action with a `merge` key that follows an action with the same key, with nothing in between, joins its
 * entry (a burst of arrow-key moves is one undo step).
 */
export function recorded(
  state: Undoable & Pick<AppState, 'lastMerge'>,
  label: string,
  merge?: string,
): Pick<AppState, 'past' | 'future'> {
  const joins =
    merge !== undefined &&
    state.lastMerge?.key === merge &&
    state.lastMerge.revision === state.revision &&
    state.future.length === 0 &&
    state.past.length > 0;
  if (joins) return { past: state.past, future: [] };
  return { past: [...state.past, snapshot(state, label)].slice(-HISTORY_LIMIT), future: [] };
}

/** The document fields an entry brings back. */
export function restored(
  entry: HistoryEntry,
): Pick<AppState, 'design' | 'source' | 'revision' | 'yamlDraft' | 'yamlDiagnostics'> {
  return {
    design: entry.design,
    source: entry.source,
    revision: entry.revision,
    yamlDraft: entry.yamlDraft,
    yamlDiagnostics: entry.yamlDiagnostics,
  };
}
