/** Page object: the optional package step (upload through the file input, the verdict, what we read). */
import type { Page } from '@playwright/test';

export class PackagePage {
  constructor(readonly page: Page) {}

  get screen() {
    return this.page.getByTestId('screen-package');
  }
  get verdict() {
    return this.page.getByTestId('package-verdict');
  }
  get facts() {
    return this.page.getByTestId('package-facts');
  }

  async upload(name: string, content: string | Buffer, mimeType = 'application/octet-stream'): Promise<void> {
    await this.page.getByTestId('file-input-package').setInputFiles({ name, mimeType, buffer: Buffer.from(content) });
  }
  async check(): Promise<void> {
    await this.page.getByTestId('package-check').click();
  }
}
