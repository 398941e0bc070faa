import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, browserForSuite, portal } from './support/portal.js';

// The demo CLDD office in Baghdad, whose people work in Arabic.
const BAGHDAD_USER = { email: 'layla.alrawi@cldd-baghdad.example', password: DEMO_PASSWORD, name: 'ليلى الراوي' };
const BAGHDAD_ORGANISATION = 'مركز التنمية المحلية والمغتربين – بغداد';

describe.skipIf(!portal)('a Baghdad caseworker in the browser', () => {
  const browser = browserForSuite();

  it('logs in, sees the Arabic interface right-to-left, switches to Swedish and logs out', async () => {
    const { page } = browser();
    const html = page.locator('html');
    await page.goto(portal!.baseUrl);

    // Not signed in: the portal sends us to the login page.
    await page.getByTestId('login-email').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await browser().screenshot('01-login');

    await page.getByTestId('login-email').fill(BAGHDAD_USER.email);
    await page.getByTestId('login-password').fill(BAGHDAD_USER.password);
    await page.getByTestId('login-submit').click();

    // The user's stored language is Arabic: right-to-left, with the organisation's name.
    await page.getByTestId('organisation-name').first().waitFor();
    await expect.poll(() => html.getAttribute('dir')).toBe('rtl');
    expect(await html.getAttribute('lang')).toBe('ar');
    expect(await page.getByTestId('organisation-name').first().innerText()).toContain(BAGHDAD_ORGANISATION);
    expect(await page.getByTestId('user-name').first().innerText()).toContain(BAGHDAD_USER.name);
    // The layout really flows right to left: the header's first item sits at the right.
    const direction = await page.evaluate(() => getComputedStyle(document.body).direction);
    expect(direction).toBe('rtl');
    await browser().screenshot('02-arabic-home');

    // Switch to Swedish: left-to-right, Swedish text, and the choice is stored for the user.
    await page.getByTestId('language-switcher').selectOption('sv');
    await expect.poll(() => html.getAttribute('lang')).toBe('sv');
    expect(await html.getAttribute('dir')).toBe('ltr');
    await expect.poll(() => page.getByTestId('logout').innerText()).toMatch(/Logga ut/);
    await browser().screenshot('03-swedish-home');

    // Reload: still signed in (refresh cookie), still Swedish.
    await page.reload();
    await page.getByTestId('organisation-name').first().waitFor();
    expect(await html.getAttribute('lang')).toBe('sv');

    await page.getByTestId('logout').click();
    await page.getByTestId('login-email').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await browser().screenshot('04-logged-out');

    // Logged out for real: a reload does not bring the session back.
    await page.reload();
    await page.getByTestId('login-email').waitFor();
  });

  it('shows a wrong password as a translated error', async () => {
    const { page } = browser();
    await page.goto(`${portal!.baseUrl}/login`);
    await page.getByTestId('language-switcher').selectOption('ar');
    await page.getByTestId('login-email').fill(BAGHDAD_USER.email);
    await page.getByTestId('login-password').fill('not the password');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    expect(await page.getByTestId('login-error').innerText()).toContain('البريد الإلكتروني أو كلمة المرور غير صحيحة');
    await browser().screenshot('05-arabic-login-error');
  });
});
