import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browserForSuite, fillNewCase, logIn, logOut, portal, BAGHDAD_OPTION_SV } from './support/portal.js';
import { sha256, uniquePdf } from './support/pdf-files.js';

const ANNA = 'anna.lindqvist@stockholm.example'; // Stockholm caseworker, Swedish
const LAYLA = 'layla.alrawi@cldd-baghdad.example'; // Baghdad partner caseworker, Arabic

/**
 * A file on a case message: Stockholm sends a prescription with a message on the referral's
 * thread; the Baghdad partner, in Arabic, sees it on the case page and downloads the same bytes.
 */
describe.skipIf(!portal)('a file on a case message', () => {
  const browser = browserForSuite();
  const file = uniquePdf({ size: 512 });
  let caseUrl = '';
  let caseNumber = '';

  it('a Stockholm caseworker refers a case and sends a message with a PDF on its thread', async () => {
    const { page } = browser();
    await logIn(page, ANNA);
    await fillNewCase(page, { firstName: 'Dalia', lastName: 'Mansour', dateOfBirth: '1987-06-14' });
    await page.getByTestId('case-form-submit').click();
    await page.getByTestId('case-title').waitFor();
    caseUrl = page.url();
    caseNumber = (await page.getByTestId('case-title').innerText()).split('·')[0]!.trim();

    await page.getByTestId('record-consent').click();
    const consentForm = page.getByTestId('record-consent-form');
    await consentForm.waitFor();
    await page.getByTestId('consent-partner').selectOption({ label: BAGHDAD_OPTION_SV });
    await consentForm.getByRole('checkbox', { name: /^Identitet/ }).check();
    await page.getByTestId('record-consent-submit').click();
    await page.getByTestId('consent-row').first().waitFor();

    await page.getByTestId('send-referral').click();
    await page.getByTestId('send-referral-form').waitFor();
    await page.getByTestId('referral-partner').selectOption({ label: BAGHDAD_OPTION_SV });
    await page.getByTestId('referral-section-IDENTITY').check();
    await page.getByTestId('send-referral-submit').click();
    await page.getByTestId('referral-row').first().waitFor();

    const composer = page.getByTestId('message-composer');
    await composer.waitFor();
    await composer.getByTestId('message-input').fill('Här är receptet från vårdcentralen.');
    await composer.getByTestId('message-file-input').setInputFiles({ name: 'recept Dalia.pdf', mimeType: 'application/pdf', buffer: file });
    expect(await composer.getByTestId('message-file-name').innerText()).toBe('recept Dalia.pdf');
    await composer.getByTestId('message-send').click();
    const row = page.getByTestId('message-row').filter({ hasText: 'Här är receptet' });
    await row.getByTestId('message-file-link').waitFor();
    expect(await row.getByTestId('message-file-link').innerText()).toBe('recept Dalia.pdf');
    expect(await composer.getByTestId('message-input').inputValue()).toBe('');
    await browser().screenshot('message-file-sent-sv');
    await logOut(page);
  });

  it('the Baghdad partner, in Arabic, accepts the referral and downloads the same bytes', async () => {
    const { page } = browser();
    await logIn(page, LAYLA);
    await page.goto(`${portal!.baseUrl}/inbox`);
    const referral = page.getByTestId('referral-row').filter({ hasText: caseNumber });
    await referral.waitFor();
    await referral.getByTestId('referral-action-ACCEPT').click();
    await page.getByRole('dialog').getByRole('button', { name: /قبول/ }).click();
    await referral.waitFor({ state: 'detached' });

    await page.goto(caseUrl);
    const row = page.getByTestId('message-row').filter({ hasText: 'Här är receptet' });
    const link = row.getByTestId('message-file-link');
    await link.waitFor();
    expect(await row.getByTestId('message-file-size').innerText()).toContain('PDF');
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('recept Dalia.pdf');
    const saved = await readFile((await download.path())!);
    expect(sha256(saved)).toBe(sha256(file));
    await browser().screenshot('message-file-downloaded-ar');
    await logOut(page);
  });
});
