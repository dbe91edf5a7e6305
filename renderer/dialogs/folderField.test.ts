import { describe, expect, it } from 'vitest';
import type { SetStateAction } from 'react';
import type { FolderListing } from '../../shared/ipc';
import { fillFolderField } from './folderField';

/** The field's value after `picks`, starting from `typed`, the way React applies the setter's updates. */
function fieldAfter(typed: string, ...picks: Parameters<ReturnType<typeof fillFolderField>>[]) {
  let value = typed;
  const set = (next: SetStateAction<string>) => {
    value = typeof next === 'function' ? next(value) : next;
  };
  for (const pick of picks) fillFolderField(set)(...pick);
  return value;
}

const listing = { dir: '/work', roots: ['/work'], entries: [] } as unknown as FolderListing;

describe('a folder field filled by the file browser', () => {
  it('takes the starting folder while nothing is typed', () => {
    expect(fieldAfter('', ['/work', listing, 'start'])).toBe('/work');
  });

  it('keeps a folder typed before the first listing arrived', () => {
    expect(fieldAfter('/work/mine', ['/work', listing, 'start'])).toBe('/work/mine');
  });

  it('takes a folder the user went to in the browser', () => {
    expect(fieldAfter('/work/mine', ['/work/other', listing, 'picked'])).toBe('/work/other');
  });
});
