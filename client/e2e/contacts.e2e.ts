import { describe, expect, it } from 'vitest';
import { browserForSuite, logIn, portal } from './support/portal.js';

// The contacts directory on a phone (390 px) in Arabic: a caseworker adds an association and a
// contact person to it, and nothing on the way is wider than the screen.

const ANNA = 'anna.lindqvist@stockholm.example'; // Stockholm caseworker, Swedish

const overflow = () => document.documentElement.scrollWidth - document.documentElement.clientWidth;

describe.skipIf(!portal)('contacts on a phone, in Arabic', () => {
  const browser = browserForSuite();

  it('opens the directory at 390 px right to left, adds an association and a contact person', async () => {
    const { page, screenshot } = browser();
    await logIn(page, ANNA);
    try {
      await page.getByTestId('language-switcher').selectOption('ar');
      await expect.poll(() => page.locator('html').getAttribute('dir')).toBe('rtl');
      await page.setViewportSize({ width: 390, height: 844 });

      await page.goto(`${portal!.baseUrl}/contacts`);
      await page.getByTestId('new-contact').first().waitFor();
      // The filters fold behind one button on a phone; the search stays in view.
      await page.getByTestId('filters-toggle').waitFor();
      await page.getByTestId('contacts-filter-text').waitFor();
      expect(await page.evaluate(overflow)).toBeLessThanOrEqual(0);

      const name = `جمعية النخيل للتجربة ${Date.now()}`;
      await page.getByTestId('new-contact').first().click();
      const form = page.getByTestId('contact-form');
      await form.locator('input[name="name"]').fill(name);
      await form.getByTestId('contact-kind').selectOption('IMMIGRANT_ASSOCIATION');
      await form.locator('input[name="district"]').fill('Rinkeby-Kista');
      await page.getByTestId('contact-submit').click();

      await page.getByTestId('contact-people').waitFor();
      await expect.poll(() => page.locator('h1').textContent()).toContain(name);
      expect(await page.evaluate(overflow)).toBeLessThanOrEqual(0);

      await page.getByTestId('add-person').click();
      const personForm = page.getByTestId('person-form');
      await personForm.locator('input[name="name"]').fill('هدى محمود');
      await personForm.locator('input[name="phone"]').fill('+46 70 123 45 67');
      await page.getByTestId('person-submit').click();
      await expect.poll(() => page.getByTestId('person-name').first().textContent()).toContain('هدى محمود');
      expect(await page.evaluate(overflow)).toBeLessThanOrEqual(0);
      await screenshot('contacts-phone-ar');
    } finally {
      // Anna's stored language goes back to Swedish for the other browser tests.
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.getByTestId('language-switcher').selectOption('sv');
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('sv');
    }
  });
});
