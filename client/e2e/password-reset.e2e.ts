import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, browserForSuite, portal } from './support/portal.js';

// A demo partner caseworker in Bihać whom no other browser test signs in as: their password changes here.
const PERSON = { email: 'nermin.dedic@bihac.example', name: 'Nermin Dedić' };
const NEW_PASSWORD = 'river bridge autumn lamp';

interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
}

/** The portal's mail catcher inbox for one address (a real SMTP delivery to the embedded catcher). */
async function mailFor(address: string): Promise<CaughtMail[]> {
  const response = await fetch(`${portal!.mailInbox}?to=${encodeURIComponent(address)}`);
  return (await response.json()) as CaughtMail[];
}

describe.skipIf(!portal)('forgot password, in the browser', () => {
  const browser = browserForSuite();

  it('asks for a link by e-mail, follows it from the inbox, chooses a new password and signs in with it', async () => {
    const { page } = browser();
    await page.context().clearCookies();
    await page.goto(`${portal!.baseUrl}/login`);
    await page.getByTestId('forgot-password-link').click();
    await page.getByTestId('forgot-email').fill(PERSON.email);
    await page.getByTestId('forgot-submit').click();
    await page.getByTestId('reset-requested').waitFor();
    await browser().screenshot('01-reset-requested');

    await expect.poll(async () => (await mailFor(PERSON.email)).length, { timeout: 15_000 }).toBe(1);
    const [mail] = await mailFor(PERSON.email);
    const link = /https?:\/\/\S+\/reset-password#token=[A-Za-z0-9_-]{43}/.exec(mail!.text)?.[0];
    expect(link, mail!.text).toBeDefined();
    expect(link!.startsWith(portal!.baseUrl)).toBe(true);

    await page.goto(link!);
    await page.getByTestId('reset-password-form').waitFor();
    // The token is read, then taken out of the address bar.
    await expect.poll(() => new URL(page.url()).hash).toBe('');
    await page.getByTestId('new-password').fill(NEW_PASSWORD);
    await page.getByTestId('new-password-confirmation').fill(NEW_PASSWORD);
    await browser().screenshot('02-new-password');
    await page.getByTestId('reset-submit').click();
    await page.getByTestId('reset-done').waitFor();

    // The old password no longer opens the account; the new one does.
    await page.getByTestId('reset-to-login').click();
    await page.getByTestId('login-email').fill(PERSON.email);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor();
    await page.getByTestId('login-password').fill(NEW_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('organisation-name').first().waitFor();
    expect(await page.getByTestId('user-name').first().innerText()).toContain(PERSON.name);
    await browser().screenshot('03-signed-in');
  });
});
