import type { Locator, Page } from '@playwright/test';

/**
 * The designer driven from the keyboard: the YAML pane, the design inspector, the command palette, and the
 * small dialogs the keyboard commands open. Actions press real keys; locators are by role and label.
 */
export class KeyboardDesigner {
  constructor(readonly page: Page) {}

  /** The YAML pane's editable text. */
  get yaml(): Locator {
    return this.page.getByTestId('yaml-editor').locator('.cm-content');
  }

  /** The pane's "not applied" mark. */
  get notApplied(): Locator {
    return this.page.getByRole('region', { name: 'Design YAML' }).getByText('not applied');
  }

  /** Nothing selected: the inspector shows the design's own fields. */
  designField(label: 'Design name' | 'Description'): Locator {
    return this.page.getByTestId('design-inspector').getByLabel(label, { exact: true });
  }

  node(id: string): Locator {
    return this.page.getByTestId(`node-${id}`);
  }

  /** The inspector's lane of the selected resource. */
  get regionOfSelection(): Locator {
    return this.page.getByLabel('Region lane', { exact: true });
  }

  lane(id: string): Locator {
    return this.page.getByTestId(`lane-${id}`);
  }

  /** Type `text` at the end of the YAML pane (the pane keeps focus). */
  async typeAtEndOfYaml(text: string): Promise<void> {
    await this.yaml.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /** Replace a design field's text from the keyboard and commit it with Enter. */
  async setDesignField(label: 'Design name' | 'Description', text: string): Promise<void> {
    const field = this.designField(label);
    await field.focus();
    await this.page.keyboard.press('Control+A');
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  get palette(): Locator {
    return this.page.getByRole('dialog', { name: 'Command palette' });
  }

  /** Open the command palette with its shortcut, type `query` and run the highlighted command with Enter. */
  async runFromPalette(query: string, shortcut = 'Control+Shift+P'): Promise<void> {
    await this.page.keyboard.press(shortcut);
    await this.palette.getByRole('combobox').waitFor();
    await this.page.keyboard.type(query);
    await this.page.keyboard.press('Enter');
  }
}

/** The app's short messages (saved, errors, why a command cannot run). */
export const notices = (page: Page): Locator => page.locator('.notices');
