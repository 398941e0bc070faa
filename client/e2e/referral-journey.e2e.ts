import { describe, expect, it } from 'vitest';
import { browserForSuite, expectArabicRightToLeft, fillNewCase, logIn, logOut, portal, BAGHDAD_OPTION_SV } from './support/portal.js';

const ANNA = 'anna.lindqvist@stockholm.example'; // Stockholm caseworker, Swedish
const LAYLA = 'layla.alrawi@cldd-baghdad.example'; // Baghdad partner caseworker, Arabic

/**
 * The referral journey across two organisations and two languages: a Stockholm caseworker
 * opens a case, records consent with the signed form and refers the case to the CLDD office in
 * Baghdad; a Baghdad caseworker, in Arabic and right to left, accepts it from the inbox; the
 * Stockholm caseworker sees it accepted.
 */
describe.skipIf(!portal)('a referral from Stockholm to Baghdad', () => {
  const browser = browserForSuite();
  let caseUrl = '';
  let caseNumber = '';

  it('a Stockholm caseworker opens a case, records consent with the signed form and refers it', async () => {
    const { page } = browser();
    await logIn(page, ANNA);
    expect(await page.locator('html').getAttribute('lang')).toBe('sv');
    await fillNewCase(page, { firstName: 'Noor', lastName: 'Al-Saadi', dateOfBirth: '1988-06-14' });
    expect(await page.locator('[data-path="destinationCountry"]').inputValue()).toBe('Irak');
    await browser().screenshot('journey-01-new-case-sv');
    await page.getByTestId('case-form-submit').click();

    await page.getByTestId('case-title').waitFor();
    caseNumber = (await page.getByTestId('case-title').innerText()).split('·')[0]!.trim();
    expect(caseNumber).toMatch(/^STO-\d{4}-\d{4}$/);
    expect(await page.getByTestId('case-title').innerText()).toContain('Noor Al-Saadi');
    caseUrl = page.url();

    await page.getByTestId('record-consent').click();
    const consentForm = page.getByTestId('record-consent-form');
    await consentForm.waitFor();
    await page.getByTestId('consent-partner').selectOption({ label: BAGHDAD_OPTION_SV });
    for (const section of ['Identitet', 'Kontaktuppgifter', 'Behov']) {
      await consentForm.getByRole('checkbox', { name: new RegExp(`^${section}`) }).check();
    }
    await consentForm.locator('input[type="file"]').setInputFiles({
      name: 'samtycke-signerat.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
    });
    await browser().screenshot('journey-02-consent-sv');
    await page.getByTestId('record-consent-submit').click();
    await page.getByTestId('consent-row').first().waitFor();
    const consentRow = await page.getByTestId('consent-row').first().innerText();
    expect(consentRow).toContain('Undertecknad blankett'); // the download of the stored form
    expect(consentRow).not.toContain('Ingen undertecknad blankett');

    await page.getByTestId('send-referral').click();
    await page.getByTestId('send-referral-form').waitFor();
    await page.getByTestId('referral-partner').selectOption({ label: BAGHDAD_OPTION_SV });
    // Only what the consent covers can be chosen.
    expect(await page.getByTestId('referral-section-HEALTH').isDisabled()).toBe(true);
    await page.getByTestId('referral-section-IDENTITY').check();
    await page.getByTestId('referral-section-NEEDS').check();
    await browser().screenshot('journey-03-send-referral-sv');
    await page.getByTestId('send-referral-submit').click();
    await page.getByTestId('referral-row').first().waitFor();
    expect(await page.getByTestId('referral-status').first().innerText()).toMatch(/Väntande|Väntar/i);
    await browser().screenshot('journey-04-referred-sv');
    await logOut(page);
  });

  it('a Baghdad caseworker, in Arabic and right to left, finds it in the inbox and accepts it', async () => {
    const { page } = browser();
    await logIn(page, LAYLA);
    await expectArabicRightToLeft(page);
    await page.goto(`${portal!.baseUrl}/inbox`);
    const row = page.getByTestId('referral-row').filter({ hasText: caseNumber });
    await row.waitFor();
    expect(await row.innerText()).toContain('Noor');
    await browser().screenshot('journey-05-inbox-ar');
    await row.getByTestId('referral-action-ACCEPT').click();
    await page.getByRole('dialog').getByRole('button', { name: /قبول/ }).click();
    await row.waitFor({ state: 'detached' });
    // The row has left the inbox; the notice leads on to the case.
    const notice = page.getByTestId('accepted-notice');
    expect(await notice.innerText()).toContain(caseNumber);
    await notice.getByTestId('accepted-open-case').click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByText(caseNumber).first().waitFor();
    // On the case, the follow-up starts at its first step: the arrival stands open, the rest is a line each.
    const arrival = page.getByTestId('arrival-part-toggle');
    await arrival.waitFor();
    expect(await arrival.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('confirm-arrival').isVisible()).toBe(true);
    expect(await page.getByTestId('plan-part-toggle').getAttribute('aria-expanded')).toBe('false');
    await page.goto(`${portal!.baseUrl}/referrals`);
    const accepted = page.getByTestId('referral-row').filter({ hasText: caseNumber });
    await accepted.waitFor();
    expect(await accepted.getByTestId('referral-status').innerText()).toContain('مقبولة');
    await browser().screenshot('journey-06-accepted-ar');
    await logOut(page);
  });

  it('the Stockholm caseworker sees the referral accepted', async () => {
    const { page } = browser();
    await logIn(page, ANNA);
    await page.goto(caseUrl);
    await page.getByTestId('referral-row').first().waitFor();
    await expect.poll(() => page.getByTestId('referral-status').first().innerText()).toMatch(/Accepterad/i);
    await browser().screenshot('journey-07-accepted-sv');
  });
});
