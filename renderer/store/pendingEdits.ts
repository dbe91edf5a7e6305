/**
 * Edits typed but not applied yet (the YAML pane waits for a pause in typing). Any other design change
 * first applies them, so a stale text never overwrites a newer change and undo sees them in order.
 */
const pending = new Set<() => void>();

/** Register the flush of a pending edit; returns the unregister function. */
export function registerPendingEdit(flush: () => void): () => void {
  pending.add(flush);
  return () => pending.delete(flush);
}

export function flushPendingEdits(): void {
  for (const flush of [...pending]) flush();
}
