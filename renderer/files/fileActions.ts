import { emptyDesign, type Design } from '../../shared/design/model';
import { addLane } from '../../shared/design/ops';
import type { IsothermApi } from '../api';
import { designCodec } from '../store/codec';
import type { AppStore } from '../store/createAppStore';
import { isDirty } from '../store/createAppStore';
import type { DesignCodec, SaveThen } from '../store/types';
import { parseInBackground } from '../yaml/backgroundParse';

/** Files: new, open, save, save as, examples, import, export. Effects through the typed API only. */

export interface FileCtx {
  store: AppStore;
  api: IsothermApi;
}

export const baseName = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** A new design with one lane, so there is somewhere to drop the first resource. */
export function starterDesign(): Design {
  return addLane(emptyDesign('untitled'), { id: 'region_1', region_name: 'RegionOne' });
}

export function newDesign({ store }: FileCtx): void {
  store.getState().loadDocument({ design: starterDesign() });
}

/** Load design text as the current document; false (with a notice) when it does not parse. */
export function loadText(
  store: AppStore,
  text: string,
  filePath: string | null,
  dirty = false,
): boolean {
  return loadParsed(store, designCodec.parse(text), filePath, dirty);
}

/**
 * loadText, with the text read in the design worker: a large design opens without freezing the window. False
 * also when another document was loaded meanwhile (that one stays).
 */
export async function openText(
  store: AppStore,
  text: string,
  filePath: string | null,
  dirty = false,
): Promise<boolean> {
  const before = store.getState().documentId;
  const parsed = await parseInBackground(text);
  if (store.getState().documentId !== before) return false;
  return loadParsed(store, parsed, filePath, dirty);
}

function loadParsed(
  store: AppStore,
  parsed: ReturnType<DesignCodec['parse']>,
  filePath: string | null,
  dirty: boolean,
): boolean {
  if (parsed.design === null) {
    const first = parsed.diagnostics.find((d) => d.severity === 'error');
    store
      .getState()
      .notify(
        'error',
        `Cannot open ${filePath === null ? 'this design' : baseName(filePath)}: ${first?.message ?? 'not a design'}`,
      );
    return false;
  }
  store.getState().loadDocument({ design: parsed.design, source: parsed.source, filePath, dirty });
  return true;
}

export async function openPath(ctx: FileCtx, path?: string): Promise<void> {
  const info = await ctx.api.app.info();
  if (path === undefined && info.ok && !info.value.nativeDialogs) {
    ctx.store.getState().openDialog({ kind: 'openFile' });
    return;
  }
  const r = await ctx.api.file.open(path === undefined ? {} : { path });
  if (!r.ok) {
    ctx.store.getState().notify('error', r.error.message);
    return;
  }
  if (r.value === null) return;
  if (await openText(ctx.store, r.value.text, r.value.path))
    await ctx.api.recent.add({ path: r.value.path });
}

export async function openExample(ctx: FileCtx, id: string): Promise<void> {
  const r = await ctx.api.examples.read({ id });
  if (!r.ok) ctx.store.getState().notify('error', r.error.message);
  else await openText(ctx.store, r.value.text, null);
}

export function currentText(store: AppStore): string {
  const s = store.getState();
  return designCodec.serialize(s.design, s.source);
}

/** Write the design to `path`; true when saved. */
export async function saveTo(ctx: FileCtx, path: string): Promise<boolean> {
  const s = ctx.store.getState();
  const revision = s.revision;
  const r = await ctx.api.file.save({ path, text: currentText(ctx.store) });
  if (!r.ok) {
    s.notify('error', `Not saved: ${r.error.message}`);
    return false;
  }
  ctx.store.getState().markSaved(r.value.path, revision);
  ctx.store.getState().notify('info', `Saved ${baseName(r.value.path)}`);
  // bookkeeping, not part of the save itself
  void ctx.api.recovery.discard({ key: s.docKey });
  void ctx.api.recent.add({ path: r.value.path });
  return true;
}

/** Save; `then` is what a browser-fallback Save As dialog does after writing (close, or replace the document). */
export async function save(ctx: FileCtx, then?: SaveThen): Promise<boolean> {
  const path = ctx.store.getState().filePath;
  return path === null ? saveAs(ctx, then) : saveTo(ctx, path);
}

export async function saveAs(ctx: FileCtx, then?: SaveThen): Promise<boolean> {
  const info = await ctx.api.app.info();
  const s = ctx.store.getState();
  if (info.ok && !info.value.nativeDialogs) {
    s.openDialog({ kind: 'saveAs', ...(then !== undefined ? { then } : {}) });
    return false;
  }
  const revision = s.revision;
  const r = await ctx.api.file.saveAs({
    text: currentText(ctx.store),
    suggestedName: `${s.design.name}.isotherm.yaml`,
  });
  if (!r.ok) {
    s.notify('error', `Not saved: ${r.error.message}`);
    return false;
  }
  if (r.value === null) return false;
  ctx.store.getState().markSaved(r.value.path, revision);
  await ctx.api.recovery.discard({ key: s.docKey });
  await ctx.api.recent.add({ path: r.value.path });
  return true;
}

export async function saveAndClose(ctx: FileCtx): Promise<void> {
  if (await save(ctx, 'close')) await ctx.api.window.close();
}

/**
 * A file dropped in the browser (no path): an unsaved copy of its text. Under Electron a dropped file
 * has a path (`api.pathForFile`) and opens as that file through `openPath`.
 */
export async function loadDropped(
  ctx: FileCtx,
  dropped: { text: string; name: string },
): Promise<void> {
  await openText(ctx.store, dropped.text, null, true);
}

/** Close asks first (Electron's close dialog sends `file.saveAndClose`); here: is there anything to lose? */
export const hasUnsavedWork = (store: AppStore): boolean => isDirty(store.getState());
