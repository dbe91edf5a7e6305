import type { Replacement } from '../store/types';
import {
  hasUnsavedWork,
  loadDropped,
  newDesign,
  openExample,
  openPath,
  save,
  type FileCtx,
} from './fileActions';

/**
 * No surprise data loss: anything that replaces the document (new, open, recent, drop, example) goes
 * through `replaceDocument`, which asks Save / Don't Save / Cancel first when there are unsaved changes.
 */

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export async function performReplacement(ctx: FileCtx, next: Replacement): Promise<void> {
  switch (next.kind) {
    case 'new':
      newDesign(ctx);
      return;
    case 'open':
      await openPath(ctx, next.path);
      return;
    case 'example':
      await openExample(ctx, next.id);
      return;
    case 'dropped':
      await loadDropped(ctx, next);
      return;
  }
}

/** Replace the document now, or ask first when that would lose unsaved changes. */
export async function replaceDocument(ctx: FileCtx, next: Replacement): Promise<void> {
  if (hasUnsavedWork(ctx.store)) {
    ctx.store.getState().openDialog({ kind: 'unsaved', next });
    return;
  }
  await performReplacement(ctx, next);
}

/**
 * The user answered. Save: go on only once the design is written (a new design in the browser fallback
 * opens Save As, which goes on after writing). Don't Save: drop the recovery copy and go on. Cancel: stay.
 */
export async function resolveUnsaved(
  ctx: FileCtx,
  choice: UnsavedChoice,
  next: Replacement,
): Promise<void> {
  const s = ctx.store.getState();
  s.openDialog(null);
  if (choice === 'cancel') return;
  if (choice === 'save') {
    if (!(await save(ctx, next))) return;
  } else {
    void ctx.api.recovery.discard({ key: s.docKey });
  }
  await performReplacement(ctx, next);
}
