import type { Locator, Page } from '@playwright/test';

/** The deploy controls and views of the app window (toolbar group, confirmation, log, timeline). */
export class DeployPanel {
  constructor(readonly page: Page) {}

  get cloudPicker(): Locator {
    return this.page.getByTestId('cloud-picker');
  }

  get progressText(): Locator {
    return this.page.getByTestId('deploy-progress-text');
  }

  get confirmDialog(): Locator {
    return this.page.getByRole('dialog');
  }

  get plan(): Locator {
    return this.page.getByTestId('deploy-plan');
  }

  get log(): Locator {
    return this.page.getByTestId('deploy-log');
  }

  get outputs(): Locator {
    return this.page.getByTestId('deploy-outputs');
  }

  get timeline(): Locator {
    return this.page.getByTestId('timeline');
  }

  nodeStatus(resource: string): Locator {
    return this.page.getByTestId(`node-status-${resource}`);
  }

  laneStatus(lane: string): Locator {
    return this.page.getByTestId(`lane-status-${lane}`);
  }

  /** Any resource node showing an `*_IN_PROGRESS` Heat state. */
  get inProgressNode(): Locator {
    return this.page.locator('[data-testid^="node-status-"][data-status$="_IN_PROGRESS"]').first();
  }

  async pickCloud(name: string): Promise<void> {
    await this.cloudPicker.selectOption(name);
  }

  async validateOnCloud(): Promise<void> {
    await this.page.getByTestId('cmd-deploy.validate').click();
  }

  /** Deploy (or Destroy), wait for the plan in the confirmation, and confirm. */
  async openConfirmation(operation: 'deploy' | 'destroy'): Promise<void> {
    await this.page.getByTestId(`cmd-deploy.${operation}`).click();
    // the plan asks Heat what exists (one request per lane): slow on a loaded machine
    await this.plan.waitFor({ timeout: 120_000 });
  }

  async confirm(operation: 'deploy' | 'destroy'): Promise<void> {
    await this.page.getByTestId(`confirm-${operation}`).click();
  }

  async showTab(tab: 'deploy' | 'timeline'): Promise<void> {
    await this.page.getByTestId(`${tab}-tab`).click();
  }
}
