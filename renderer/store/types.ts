import type { Catalog } from '../../shared/catalog/types';
import type { Design, Position } from '../../shared/design/model';
import type { Fragment, RemoveLanePolicy } from '../../shared/design/ops';
import type { Diagnostic } from '../../shared/util/diagnostics';
import type { CloudValuesSlice } from '../deploy/cloudValuesSlice';
import type { DeploySlice } from '../deploy/deploySlice';

/**
 * The designer's state: ONE zustand store made of typed slices (STYLE.md 7, 9).
 * Every field says where it lives:
 *   [file]     saved in the design file            [user]  remembered per user (localStorage)
 *   [undo]     restored by undo/redo               [session] lives while the window is open
 *   [derived]  never stored: computed by selectors (compile result, diagnostics, canvas nodes/edges)
 */

/** Parsing and printing design text; injected so the store runs headless with the real core or a test double. */
export interface DesignCodec {
  parse(text: string): { design: Design | null; diagnostics: Diagnostic[]; source: unknown };
  serialize(design: Design, source: unknown): string;
}

export interface StoreEnv {
  codec: DesignCodec;
  /** A fresh recovery key per document (deterministic in tests). */
  newDocKey: () => string;
}

export interface HistoryEntry {
  label: string;
  design: Design;
  source: unknown;
  revision: number;
  yamlDraft: string | null;
  yamlDiagnostics: Diagnostic[];
}

export interface DesignSlice {
  /** [file][undo] The design: the single source of truth of the canvas, inspector, YAML and templates. */
  design: Design;
  /** [undo][session] The parsed document (keeps comments and key order of the text) or null for a new design. */
  source: unknown;
  /** [session] Where the design is saved; null for a new design. */
  filePath: string | null;
  /** [undo] Bumped by every change; `dirty` is `revision !== savedRevision`. */
  revision: number;
  /** [session] The revision last saved or opened. */
  savedRevision: number;
  /** [session] Key of this document's recovery copy. */
  docKey: string;
  /** [undo][session] The YAML pane's text when it was typed by the user (valid or not); null shows the serialized design. */
  yamlDraft: string | null;
  /** [undo][session] Problems of `yamlDraft`; errors mean the text is not applied (the last good design stays). */
  yamlDiagnostics: Diagnostic[];
  /** [session] Monotonic id for "the design was replaced" (open/new): views reset their own state. */
  documentId: number;

  /** [session] The merge key of the last applied operation and the revision it made (see `apply`). */
  lastMerge: { key: string; revision: number } | null;

  /**
   * Apply a domain operation as one undoable step. No-op when it returns the same design. With `merge`, an
   * operation right after one with the same key (nothing in between) joins its undo step.
   */
  apply(label: string, op: (design: Design) => Design, options?: { merge?: string }): void;
  /** The YAML pane's text changed: a valid text becomes the design (one undoable step), an invalid one only shows problems. */
  applyText(text: string): void;
  /** Replace the whole document (new, open, import, restore): clears history and selection. */
  loadDocument(doc: {
    design: Design;
    source?: unknown;
    filePath?: string | null;
    dirty?: boolean;
    docKey?: string;
  }): void;
  /** The design was written to `path`. */
  markSaved(path: string, revision: number): void;
}

export interface HistorySlice {
  /** [session] Undo stack (design changes only: selection, viewport and panels never enter it). */
  past: HistoryEntry[];
  /** [session] Redo stack. */
  future: HistoryEntry[];
  undo(): void;
  redo(): void;
}

/** A focus request for the inspector (a problem was clicked). */
export interface FieldFocus {
  resource: string;
  path: readonly (string | number)[];
  /** Bumped so the same field can be focused twice. */
  nonce: number;
}

export interface SelectionSlice {
  /** [session] Selected resource ids. */
  selected: string[];
  /** [session] Selected edge (reference key). */
  selectedEdge: string | null;
  /** [session] The inspector field to focus next. */
  focus: FieldFocus | null;
  select(ids: string[], edge?: string | null): void;
  focusField(resource: string, path: readonly (string | number)[]): void;
}

/** What would replace the current document (files/unsavedGuard); plain data so it can wait in a dialog. */
export type Replacement =
  | { kind: 'new' }
  | { kind: 'open'; path?: string }
  | { kind: 'example'; id: string }
  | { kind: 'dropped'; text: string; name: string };

/** What was right-clicked (commands/contextMenu builds its menu). */
export type MenuTarget =
  | { kind: 'resource'; id: string }
  | { kind: 'lane'; id: string }
  | { kind: 'edge'; id: string }
  | { kind: 'pane' };

export type ThemePreference = 'system' | 'light' | 'dark';
export type BottomTab = 'templates' | 'problems' | 'deploy' | 'timeline';

/** What follows a Save As: close the window, or replace the document (the unsaved-changes guard). */
export type SaveThen = 'close' | Replacement;

export type Dialog =
  | { kind: 'removeLane'; lane: string; count: number }
  | { kind: 'connect'; from: string; to: string; at: Position }
  | { kind: 'openFile' }
  | { kind: 'saveAs'; then?: SaveThen }
  | { kind: 'unsaved'; next: Replacement }
  | { kind: 'rename'; target: { kind: 'resource' | 'lane'; id: string } }
  | { kind: 'export' }
  | { kind: 'import' }
  | { kind: 'restore'; keys: string[] }
  | { kind: 'about' }
  | { kind: 'addLane' }
  | { kind: 'commandPalette' }
  | { kind: 'connectTo'; from: string };

/** An open context menu: what it is for and where (client pixels). */
export interface ContextMenuState {
  target: MenuTarget;
  x: number;
  y: number;
}

export interface Notice {
  id: number;
  severity: 'info' | 'error';
  text: string;
}

export interface UiSlice {
  /** [user] Theme choice; 'system' follows prefers-color-scheme. */
  theme: ThemePreference;
  /** [user] Which side panes show. */
  panels: { yaml: boolean; bottom: boolean; inspector: boolean };
  /** [user] The bottom pane's tab. */
  bottomTab: BottomTab;
  /** [session] The open dialog. */
  dialog: Dialog | null;
  /** [session] Nodes being dragged: positions in flow coordinates shown until the drag ends (not undoable). */
  dragging: Record<string, Position> | null;
  /** [session] The clipboard (copied resources). */
  clipboard: Fragment | null;
  /** [session] Short messages (saved, errors). */
  notices: Notice[];
  /** [session] The open context menu. */
  contextMenu: ContextMenuState | null;
  /** [session] Show the welcome view instead of the canvas. */
  welcome: boolean;
  setTheme(theme: ThemePreference): void;
  togglePanel(panel: keyof UiSlice['panels']): void;
  setBottomTab(tab: BottomTab): void;
  openDialog(dialog: Dialog | null): void;
  setDragging(positions: Record<string, Position> | null): void;
  setClipboard(fragment: Fragment | null): void;
  notify(severity: Notice['severity'], text: string): void;
  dismissNotice(id: number): void;
  setWelcome(welcome: boolean): void;
  openContextMenu(menu: ContextMenuState | null): void;
}

export interface CatalogSlice {
  /** [session] The resource-type schemas (bundled snapshot or the cloud's). */
  catalog: Catalog | null;
  /** [session] Why the catalog could not be loaded. */
  catalogError: string | null;
  setCatalog(catalog: Catalog | null, error?: string | null): void;
}

export type AppState = DesignSlice &
  HistorySlice &
  SelectionSlice &
  UiSlice &
  CatalogSlice &
  DeploySlice &
  CloudValuesSlice;

export type { RemoveLanePolicy };
