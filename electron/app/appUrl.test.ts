import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAppUrl, rendererFileFor } from './appUrl';
import { parseLaunchArgs } from './launchOptions';

describe('app:// URLs', () => {
  it('trusts only our own scheme and host', () => {
    expect(isAppUrl('app://isotherm/index.html')).toBe(true);
    expect(isAppUrl('app://isotherm/')).toBe(true);
    for (const url of [
      'file:///index.html',
      'http://isotherm/index.html',
      'app://evil/index.html',
      'app://isotherm.evil/',
      'app://user@isotherm/',
      'app://isotherm:8080/',
      'https://example.com',
      '',
      null,
      'not a url',
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });

  it('maps to files inside the renderer folder only', () => {
    expect(rendererFileFor('app://isotherm/', '/r')).toBe('/r/index.html');
    expect(rendererFileFor('app://isotherm/assets/a.js', '/r')).toBe('/r/assets/a.js');
    expect(rendererFileFor('app://isotherm/..%2fetc%2fpasswd', '/r')).toBeNull();
    expect(rendererFileFor('app://isotherm/a%00b', '/r')).toBeNull();
    expect(rendererFileFor('app://other/index.html', '/r')).toBeNull();
  });

  it('never leaves the renderer folder, whatever the path', () => {
    const segment = fc.constantFrom(
      '..',
      '.',
      '%2e%2e',
      '%2E%2e',
      '..%2f',
      '%2f',
      'a',
      'index.html',
      '%5c..',
      '\\..',
      '',
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 8 }), (parts) => {
        const file = rendererFileFor(`app://isotherm/${parts.join('/')}`, '/r');
        expect(file === null || file.startsWith('/r/')).toBe(true);
      }),
    );
  });
});

describe('parseLaunchArgs', () => {
  it('reads our switches and design files, ignoring Chromium switches', () => {
    expect(
      parseLaunchArgs(
        [
          '/app',
          '--data-dir=/d',
          '--allow',
          '/w',
          '--allow=/x',
          '--disable-gpu',
          'shop.isotherm.yaml',
        ],
        { ISOTHERM_E2E: '1' },
      ),
    ).toEqual({
      dataDir: '/d',
      allow: ['/w', '/x'],
      files: ['shop.isotherm.yaml'],
      e2e: true,
    });
    expect(parseLaunchArgs([])).toEqual({ allow: [], files: [], e2e: false });
  });
});
