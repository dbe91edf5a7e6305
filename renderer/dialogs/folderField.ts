import type { Dispatch, SetStateAction } from 'react';
import type { FolderListing } from '../../shared/ipc';

/** How a path was picked: the browser's starting folder, or one the user went to or clicked. */
export type PickHow = 'start' | 'picked';

/**
 * `onPick` for a folder field: the starting folder fills the field only while it is empty, so a folder typed
 * before the first listing arrived stays (on a slow machine the listing can come after the typing).
 */
export const fillFolderField =
  (set: Dispatch<SetStateAction<string>>) =>
  (path: string, _listing: FolderListing, how: PickHow): void =>
    set((typed) => (how === 'start' && typed !== '' ? typed : path));
