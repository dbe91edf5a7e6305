import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { READY_SELECTOR } from '../../shared/ipc/ready';
import { SCREENSHOT_DIR } from '../fixtures/paths';
import { FileDialogs } from './fileDialogs';

/** CSS that turns off animations and transitions (and the blinking caret) so screenshots and actions are stable. */
export const NO_ANIMATIONS_CSS = `*, *::before, *::after {
  animation-duration: 0s !important; animation-delay: 0s !important;
  transition-duration: 0s !important; transition-delay: 0s !important;
  caret-color: transparent !important; scroll-behavior: auto !important;
}`;

/**
 * The page object for the whole app window. Specs talk to the app through it (and through the
 * smaller page objects for panels that grow beside it), never through raw selectors.
 */
export class AppPage {
  /** Uncaught errors of the page (the fixture fails the test when any occurred). */
  readonly pageErrors: Error[] = [];
  /** The in-app open/save dialogs. */
  readonly files: FileDialogs;

  constructor(
    readonly page: Page,
    /** A fresh temp folder for this test, inside the folders the app may use. */
    readonly workDir: string,
    /** 'browser' (fallback server in Chromium) or 'electron'. */
    readonly driver: 'browser' | 'electron',
  ) {
    page.on('pageerror', (err) => this.pageErrors.push(err));
    this.files = new FileDialogs(page);
  }

  /** Resolves once the renderer set the ready signal (catalog loaded, first view drawn). */
  async waitReady(): Promise<void> {
    await this.page.locator(READY_SELECTOR).waitFor({ state: 'attached' });
  }

  /** The welcome view (empty state): example designs and "Import templates". */
  get welcome(): Locator {
    return this.page.getByTestId('welcome');
  }

  /** The example designs offered on the welcome view. */
  get examples(): Locator {
    return this.page.getByTestId(/^example-/);
  }

  get canvas(): Locator {
    return this.page.getByTestId('canvas');
  }

  lane(laneId: string): Locator {
    return this.page.getByTestId(`lane-${laneId}`);
  }

  node(resourceId: string): Locator {
    return this.page.getByTestId(`node-${resourceId}`);
  }

  /** Save a full-window screenshot as e2e/screenshots/<name>.png (electron-<name>.png under Electron). */
  async screenshot(name: string): Promise<string> {
    const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-');
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const path = join(
      SCREENSHOT_DIR,
      `${this.driver === 'electron' ? 'electron-' : ''}${safe}.png`,
    );
    await this.page.screenshot({ path, animations: 'disabled', caret: 'hide' });
    return path;
  }
}
