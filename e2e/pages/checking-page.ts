/** Page object: the checks' live progress and cancel. */
import type { Page } from '@playwright/test';

export class CheckingPage {
  constructor(readonly page: Page) {}

  get screen() {
    return this.page.getByTestId('screen-checking');
  }
  get cancelButton() {
    return this.page.getByTestId('checking-cancel');
  }
  get cancelled() {
    return this.page.getByTestId('checking-cancelled');
  }
  check(id: string) {
    return this.page.getByTestId(`check-${id}`);
  }
  async again(): Promise<void> {
    await this.page.getByTestId('checking-again').click();
  }
}
