/** Page object: a fix's preview, consent, progress, outcome and undo. */
import type { Page } from '@playwright/test';

export class FixPage {
  constructor(readonly page: Page) {}

  get screen() {
    return this.page.getByTestId('screen-fix');
  }
  get steps() {
    return this.page.getByTestId('fix-steps');
  }
  get commands() {
    return this.page.getByTestId('fix-command');
  }
  get consent() {
    return this.page.getByTestId('fix-consent');
  }
  get admin() {
    return this.page.getByTestId('fix-admin');
  }
  get progress() {
    return this.page.getByTestId('fix-progress');
  }
  get outcome() {
    return this.page.getByTestId('fix-outcome');
  }
  get undone() {
    return this.page.getByTestId('fix-undone');
  }

  async agreeAndApply(): Promise<void> {
    await this.page.getByTestId('fix-agree').click();
    await this.page.getByTestId('fix-apply').click();
  }
  async undo(): Promise<void> {
    await this.page.getByTestId('fix-undo').click();
  }
  async cancel(): Promise<void> {
    await this.page.getByTestId('fix-cancel').click();
  }
  async continue(): Promise<void> {
    await this.page.getByTestId('fix-continue').click();
  }
}
