/** Page object: the welcome step and the frame around it. */
import type { Page } from '@playwright/test';

export class WelcomePage {
  constructor(readonly page: Page) {}

  /** Opens the app in English: the language is a setting the shared preview server keeps between tests. */
  async open(): Promise<void> {
    await this.page.goto('/');
    await this.heading.waitFor();
    if ((await this.page.locator('html').getAttribute('lang')) !== 'en') await this.chooseLanguage('English');
  }

  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get banner() {
    return this.page.getByTestId('simulation-banner');
  }

  get start() {
    return this.page.getByTestId('welcome-start');
  }

  async chooseLanguage(label: string): Promise<void> {
    await this.page.getByTestId('language-picker').click();
    await this.page.getByRole('option', { name: label }).click();
  }
}
