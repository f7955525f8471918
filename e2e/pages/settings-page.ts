/** Page object: settings, including the scenario picker that puts the shared preview server on a known machine. */
import { expect, type Page } from '@playwright/test';

export class SettingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('open-settings').click();
    await this.page.getByTestId('scenario-select').waitFor();
  }

  /** Loads a fresh copy of a built-in scenario (even the current one) and returns to where we were. */
  async useScenario(id: string): Promise<void> {
    await this.open();
    await this.page.getByTestId('scenario-select').selectOption(id);
    await this.page.getByTestId('scenario-load').click();
    await expect(this.page.getByTestId('scenario-status')).toContainText(id);
    await expect(this.page.getByTestId('simulation-banner')).toContainText(id);
    await this.page.getByRole('button', { name: /^(Back|上一步)$/u }).click();
  }
}
