/** Keyboard shortcuts written as `Mod+Shift+Z`; Mod is Cmd on macOS and Ctrl elsewhere. */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export const isMacPlatform = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function matchShortcut(e: KeyLike, spec: string, mac: boolean): boolean {
  const parts = spec.split('+');
  const key = parts.pop()!.toLowerCase();
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  const wantCtrl = mods.has('ctrl') || (!mac && mods.has('mod'));
  const wantMeta = mods.has('meta') || (mac && mods.has('mod'));
  if (e.ctrlKey !== wantCtrl || e.metaKey !== wantMeta || e.altKey !== mods.has('alt'))
    return false;
  if (e.shiftKey !== mods.has('shift')) return false;
  return e.key.toLowerCase() === key;
}

/** `Mod+Shift+Z` -> `Ctrl+Shift+Z` or `⌘⇧Z`, for menus and tooltips. */
export function describeShortcut(spec: string, mac: boolean): string {
  if (!mac) return spec.replace('Mod', 'Ctrl');
  const symbols: Record<string, string> = { mod: '⌘', shift: '⇧', alt: '⌥', ctrl: '⌃', meta: '⌘' };
  return spec
    .split('+')
    .map((p) => symbols[p.toLowerCase()] ?? p.toUpperCase())
    .join('');
}
