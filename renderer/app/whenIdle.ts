/**
 * Runs `fn` once the page is idle (after the frames that are due, e.g. the first paint of an opened design);
 * returns the cancel. Where `requestIdleCallback` is missing (tests), after `fallbackMs`.
 */
export function whenIdle(fn: () => void, timeoutMs = 5000, fallbackMs = 1000): () => void {
  if (typeof requestIdleCallback === 'undefined') {
    const t = setTimeout(fn, fallbackMs);
    return () => clearTimeout(t);
  }
  const id = requestIdleCallback(fn, { timeout: timeoutMs });
  return () => cancelIdleCallback(id);
}
