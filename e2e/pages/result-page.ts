/** Page object: the result (solved, or next steps). */
import type { Page } from '@playwright/test';

export class ResultPage {
  constructor(readonly page: Page) {}

  get screen() {
    return this.page.getByTestId('screen-result');
  }
  get solved() {
    return this.page.getByTestId('result-solved');
  }
  get notSolved() {
    return this.page.getByTestId('result-not-solved');
  }
  async toBundle(): Promise<void> {
    await this.page.getByTestId('result-bundle').click();
  }
}
