import type { FolderListing } from '../../shared/ipc';

/** How to open another folder to the browser-mode file dialog (README says the same). */
export const ALLOW_HINT = 'To use another folder, start Isotherm with: npm start -- --allow DIR';

/** The allowed root a folder is in (the longest that contains it), for the "Look in" list. */
export function rootOf(listing: Pick<FolderListing, 'dir' | 'roots'>): string | undefined {
  const inside = (root: string) =>
    listing.dir === root || listing.dir.startsWith(root.endsWith('/') ? root : `${root}/`);
  return [...listing.roots].sort((a, b) => b.length - a.length).find(inside);
}

/** The message for a folder the dialog may not show: where it may go instead, and how to allow another. */
export function notAllowedMessage(path: string, roots: readonly string[]): string {
  const where = roots.length === 0 ? 'no folder' : roots.join(', ');
  return `${path} is outside the folders this session may use (${where}). ${ALLOW_HINT}.`;
}
