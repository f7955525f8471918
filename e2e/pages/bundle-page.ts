/** Page object: the support bundle preview and save. */
import type { Page } from '@playwright/test';

export class BundlePage {
  constructor(readonly page: Page) {}

  get screen() {
    return this.page.getByTestId('screen-bundle');
  }
  get files() {
    return this.page.getByTestId('bundle-files');
  }
  get redactions() {
    return this.page.getByTestId('bundle-redactions');
  }
  get saved() {
    return this.page.getByTestId('bundle-saved');
  }
  async open(): Promise<void> {
    await this.page.getByTestId('open-tools').click();
    await this.page.getByTestId('tool-bundle').click();
    await this.screen.waitFor();
  }
  get entryText() {
    return this.page.getByTestId('bundle-entry-text');
  }
  async view(name: string): Promise<void> {
    await this.page.getByTestId(`bundle-view-${name}`).click();
    await this.entryText.waitFor();
  }
  async save(): Promise<void> {
    await this.page.getByTestId('bundle-save').click();
  }
}
