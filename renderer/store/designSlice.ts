import { emptyDesign } from '../../shared/design/model';
import { recorded } from './history';
import { flushPendingEdits } from './pendingEdits';
import type { SliceCreator } from './slice';
import type { DesignSlice } from './types';

/** Keeps revisions unique across undo branches, so `dirty` is exact. */
let revisionCounter = 0;
const nextRevision = () => ++revisionCounter;

export const createDesignSlice: SliceCreator<DesignSlice> = (env) => (set, get) => ({
  design: emptyDesign(),
  source: null,
  filePath: null,
  revision: 0,
  savedRevision: 0,
  docKey: env.newDocKey(),
  yamlDraft: null,
  yamlDiagnostics: [],
  documentId: 0,
  lastMerge: null,

  apply(label, op, options) {
    flushPendingEdits();
    const state = get();
    const next = op(state.design);
    if (next === state.design) return;
    const live = new Set(Object.keys(next.resources));
    const revision = nextRevision();
    const merge = options?.merge;
    set({
      ...recorded(state, label, merge),
      lastMerge: merge === undefined ? null : { key: merge, revision },
      design: next,
      revision,
      yamlDraft: null,
      yamlDiagnostics: [],
      selected: state.selected.filter((id) => live.has(id)),
    });
  },

  applyText(text) {
    const state = get();
    if (text === (state.yamlDraft ?? env.codec.serialize(state.design, state.source))) return;
    const parsed = env.codec.parse(text);
    const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
    if (parsed.design === null || errors.length > 0) {
      // Not applied, yet a step of its own: undo takes back this text alone, redo brings it back marked.
      set({
        ...recorded(state, 'Edit YAML (not applied)'),
        lastMerge: null,
        yamlDraft: text,
        yamlDiagnostics: parsed.diagnostics,
      });
      return;
    }
    const live = new Set(Object.keys(parsed.design.resources));
    set({
      ...recorded(state, 'Edit YAML'),
      lastMerge: null,
      design: parsed.design,
      source: parsed.source,
      revision: nextRevision(),
      yamlDraft: text,
      yamlDiagnostics: parsed.diagnostics,
      selected: state.selected.filter((id) => live.has(id)),
    });
  },

  loadDocument(doc) {
    flushPendingEdits();
    const revision = nextRevision();
    set((s) => ({
      design: doc.design,
      source: doc.source ?? null,
      filePath: doc.filePath ?? null,
      revision,
      savedRevision: doc.dirty === true ? -1 : revision,
      docKey: doc.docKey ?? env.newDocKey(),
      yamlDraft: null,
      yamlDiagnostics: [],
      documentId: s.documentId + 1,
      lastMerge: null,
      past: [],
      future: [],
      selected: [],
      selectedEdge: null,
      focus: null,
      dragging: null,
      dialog: null,
      welcome: false,
    }));
  },

  markSaved(path, revision) {
    set({ filePath: path, savedRevision: revision });
  },
});
