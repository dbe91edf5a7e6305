import type { Locator, Page } from '@playwright/test';

/**
 * The in-app file dialogs (the browser fallback, and Electron under the e2e tests, have no native dialogs):
 * typed actions so specs say "save as X" rather than which inputs to fill.
 */
export class FileDialogs {
  constructor(readonly page: Page) {}

  get saveAsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Save design as' });
  }

  get openDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Open design' });
  }

  /** Fill the Save As dialog (already open) with a folder and a file name, save, and wait for it to close. */
  async saveAs(dir: string, fileName: string): Promise<void> {
    const dialog = this.saveAsDialog;
    await dialog.getByLabel('Save in folder').fill(dir);
    await dialog.getByLabel('File name').fill(fileName);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** Fill the Open dialog (already open) with a path, open it, and wait for it to close. */
  async open(path: string): Promise<void> {
    const dialog = this.openDialog;
    await dialog.getByLabel('File path').fill(path);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
  }

  /** The folder list of a file dialog: "Look in" (the allowed folders), Up, and a typed folder. */
  lookIn(dialog: Locator): Locator {
    return dialog.getByLabel('Look in');
  }

  /** Type a folder path into the dialog's folder field and press Enter. */
  async goTo(dialog: Locator, dir: string): Promise<void> {
    const field = dialog.getByLabel('Go to folder');
    await field.fill(dir);
    await field.press('Enter');
  }
}
