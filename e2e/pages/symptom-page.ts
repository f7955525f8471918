/** Page object: "What happened?" (error code box, recent failures, symptom cards). */
import type { Page } from '@playwright/test';

export class SymptomPage {
  constructor(readonly page: Page) {}

  get screen() {
    return this.page.getByTestId('screen-symptom');
  }
  get codeBox() {
    return this.page.getByTestId('error-code');
  }
  get explanation() {
    return this.page.getByTestId('code-explanation');
  }
  get recentFailures() {
    return this.page.getByTestId('recent-failures');
  }
  card(id: string) {
    return this.page.getByTestId(`symptom-${id}`);
  }

  async typeCode(code: string): Promise<void> {
    await this.codeBox.fill(code);
  }
  async choose(id: string): Promise<void> {
    await this.card(id).getByRole('radio').check();
  }
  async next(): Promise<void> {
    await this.page.getByTestId('symptom-next').click();
  }
}
