/**
 * Limits for reading untrusted YAML (design files, imported HOT templates).
 * A file beyond a limit is refused with a diagnostic, never half-read.
 */
export interface ParseLimits {
  /** Largest accepted file, in UTF-8 bytes. */
  maxBytes: number;
  /** Deepest accepted nesting of collections (maps and sequences). */
  maxDepth: number;
  /** Most alias expansions per anchor (YAML "billion laughs" guard). */
  maxAliasCount: number;
}

export const DEFAULT_LIMITS: Readonly<ParseLimits> = Object.freeze({
  maxBytes: 5 * 1024 * 1024,
  maxDepth: 64,
  maxAliasCount: 100,
});

export function resolveLimits(options: Partial<ParseLimits> = {}): ParseLimits {
  // Infinity lifts a limit (for re-reading Isotherm's own output); nonsense falls back to the default
  const pick = (value: number | undefined, fallback: number): number =>
    value !== undefined && value >= 0 ? Math.floor(value) : fallback;
  return {
    maxBytes: pick(options.maxBytes, DEFAULT_LIMITS.maxBytes),
    maxDepth: pick(options.maxDepth, DEFAULT_LIMITS.maxDepth),
    maxAliasCount: pick(options.maxAliasCount, DEFAULT_LIMITS.maxAliasCount),
  };
}

/** UTF-8 length of `text`, stopping early once it passes `stopAbove` (shared/ has no TextEncoder typings). */
export function utf8Length(text: string, stopAbove = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Human-readable size: `5 MiB`, `12.3 KiB`, `42 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} bytes`;
}
