import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForSuite, logIn, portal } from './support/portal.js';

// Text typed into a form runs in its own direction: Arabic right to left in the Swedish
// interface, Latin left to right in the Arabic one, and an empty field starts right to left in
// Arabic. What is checked is the direction Chromium lays the field out in (computed style).

const JOHAN = 'johan.berg@stockholm.example'; // Stockholm caseworker, Swedish

const direction = (field: Locator) => field.evaluate((element) => getComputedStyle(element).direction);

async function openNewCaseForm(page: Page): Promise<Locator> {
  await page.goto(`${portal!.baseUrl}/cases/new`);
  const firstName = page.locator('[data-path="returnee.firstName"]');
  await firstName.waitFor();
  return firstName;
}

describe.skipIf(!portal)('typing in either direction', () => {
  const browser = browserForSuite();

  it('in Swedish an Arabic name runs right to left; in Arabic an empty field starts right to left and a Latin name runs left to right', async () => {
    const { page } = browser();
    await logIn(page, JOHAN);
    try {
      let firstName = await openNewCaseForm(page);
      expect(await direction(firstName)).toBe('ltr');
      await firstName.fill('');
      await firstName.pressSequentially('محمد');
      expect(await direction(firstName)).toBe('rtl');
      await firstName.fill('');
      await firstName.pressSequentially('Anna');
      expect(await direction(firstName)).toBe('ltr');

      await page.getByTestId('language-switcher').selectOption('ar');
      await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
      firstName = await openNewCaseForm(page);
      expect(await direction(firstName)).toBe('rtl');
      await firstName.pressSequentially('Anna');
      expect(await direction(firstName)).toBe('ltr');
      await firstName.fill('');
      await firstName.pressSequentially('فاطمة');
      expect(await direction(firstName)).toBe('rtl');
      // A field whose direction is its own (an identity number) stays left to right.
      await page.locator('[data-path="returnee.identityNumber"]').waitFor();
      expect(await direction(page.locator('[data-path="returnee.identityNumber"]'))).toBe('ltr');
    } finally {
      // Johan's stored language goes back to Swedish for the other browser tests.
      await page.getByTestId('language-switcher').selectOption('sv');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
    }
  });
});
