/** Page object: the log analyzer (a real drop of a file onto the drop zone). */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from '@playwright/test';

export class LogPage {
  constructor(readonly page: Page) {}

  get screen() {
    return this.page.getByTestId('screen-log');
  }
  get report() {
    return this.page.getByTestId('log-report');
  }
  get rootCause() {
    return this.page.getByTestId('log-root-cause');
  }
  get timeline() {
    return this.page.getByTestId('log-timeline');
  }
  get errors() {
    return this.page.getByTestId('log-errors');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('open-tools').click();
    await this.page.getByTestId('tool-log').click();
    await this.screen.waitFor();
  }

  /** Drops a file from disk the way a user does: a DataTransfer with a File, fired on the zone. */
  async drop(path: string): Promise<void> {
    const bytes = [...readFileSync(path)];
    const name = basename(path);
    const transfer = await this.page.evaluateHandle(
      ({ bytes: b, name: n }) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(b)], n, { type: 'text/plain' }));
        return dt;
      },
      { bytes, name },
    );
    const zone = this.page.getByTestId('drop-log');
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
  }

  async section(name: RegExp): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }
}
