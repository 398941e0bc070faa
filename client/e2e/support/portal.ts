import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { openBrowser, type Browser } from './browser.js';

/** The built portal that global-setup started, or null when there is no browser to drive it. */
export const portal = inject('portal');

/** Every demo user's password (server/src/modules/demo). */
export const DEMO_PASSWORD = 'Cirkel-demo-2026';

/** The CLDD office in Baghdad: its name as written, and as a Swedish reader's partner picker offers it (issue 11, point 4). */
export const BAGHDAD_NAME = 'مركز التنمية المحلية والمغتربين – بغداد';
export const BAGHDAD_OPTION_SV = `CLDD Baghdad (Centre for Local Development and Diaspora) (\u2068${BAGHDAD_NAME}\u2069)`;

/** One browser for the tests of a `describe`, opened before the first and closed after the last. */
export function browserForSuite(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await openBrowser(portal!.chromium);
  });
  afterAll(async () => browser?.close());
  return () => browser!;
}

/** Signs in through the login page, starting from no session at all, whatever the step before left behind. */
export async function logIn(page: Page, email: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${portal!.baseUrl}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('organisation-name').first().waitFor();
}

/** The page is in Arabic and reads right to left (`lang` and `dir` on <html>). */
export async function expectArabicRightToLeft(page: Page): Promise<void> {
  const html = page.locator('html');
  expect(await html.getAttribute('dir')).toBe('rtl');
  expect(await html.getAttribute('lang')).toBe('ar');
}

export async function logOut(page: Page): Promise<void> {
  await page.getByTestId('logout').click();
  await page.getByTestId('login-email').waitFor();
}

/** Fills the new-case form for a woman returning to Baghdad, documents in Arabic; the caller submits. */
export async function fillNewCase(page: Page, returnee: { firstName: string; lastName: string; dateOfBirth: string }): Promise<void> {
  await page.goto(`${portal!.baseUrl}/cases/new`);
  await page.getByTestId('case-form').waitFor();
  await page.locator('[data-path="returnee.firstName"]').fill(returnee.firstName);
  await page.locator('[data-path="returnee.lastName"]').fill(returnee.lastName);
  await page.locator('[data-path="returnee.dateOfBirth"]').fill(returnee.dateOfBirth);
  await page.locator('[data-path="returnee.sex"]').selectOption('FEMALE');
  await page.locator('[data-path="returnee.documentLanguage"]').selectOption('ar');
  await page.locator('[data-path="destinationCountry"]').click();
  await page.locator('[data-path="destinationCountry"]').fill('Irak');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.locator('[data-path="destinationPlace"]').fill('Bagdad');
}
