/** Page object: ranked findings with their evidence and fixes. */
import type { Page } from '@playwright/test';

export class FindingsPage {
  constructor(readonly page: Page) {}

  get screen() {
    return this.page.getByTestId('screen-findings');
  }
  get top() {
    return this.page.locator('[data-rank="1"]');
  }
  finding(id: string) {
    return this.page.getByTestId(`finding-${id}`);
  }
  async expandWhy(id: string): Promise<void> {
    await this.finding(id).getByTestId('finding-why').click();
  }
  async openFix(findingId: string, fixId: string): Promise<void> {
    await this.finding(findingId).getByTestId(`fix-${fixId}`).click();
  }
}
