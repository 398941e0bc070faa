import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BAGHDAD_NAME, BAGHDAD_OPTION_SV, browserForSuite, expectArabicRightToLeft, logIn, logOut, portal } from './support/portal.js';

const ANNA = 'anna.lindqvist@stockholm.example'; // Stockholm caseworker, Swedish
const LAYLA = 'layla.alrawi@cldd-baghdad.example'; // Baghdad partner caseworker, Arabic

// The demo data's spellings (server/src/modules/demo/demo-data.ts): the Baghdad office and its
// caseworker are written in Arabic and spelled in Latin script; Stockholm is written in Swedish and
// spelled in Arabic; Swedish staff have no Arabic spelling and are read as written.
const BAGHDAD_LATIN = 'CLDD Baghdad (Centre for Local Development and Diaspora)';
const LAYLA_ARABIC = 'ليلى الراوي';
const LAYLA_LATIN = 'Layla Al-Rawi';
const AHMED_ARABIC = 'أحمد الكبيسي'; // the Baghdad coordinator, who answered the demo referral
const AHMED_LATIN = 'Ahmed Al-Kubaisi';
const STOCKHOLM_NAME = 'Stockholms stad, Frivillig återvandring';
const STOCKHOLM_ARABIC = 'مدينة ستوكهولم، العودة الطوعية';

/** Whether `text` reads `first` and, after it, `then`: the reader's spelling, then the name as written. */
function expectInOrder(text: string, first: string, then: string): void {
  expect(text).toContain(first);
  expect(text).toContain(then);
  expect(text.indexOf(first)).toBeLessThan(text.indexOf(then));
}

/** The demo case of Rasha Al-Tamimi, referred by Stockholm to Baghdad, accepted, with messages both ways. */
async function openRashasCase(page: Page): Promise<void> {
  await page.goto(`${portal!.baseUrl}/cases`);
  await page.getByTestId('cases-filter-text').fill('Al-Tamimi');
  const row = page.getByTestId('case-row').filter({ hasText: 'Rasha' });
  await row.first().waitFor();
  const href = await row.first().getByTestId('case-number').getAttribute('href');
  await page.goto(`${portal!.baseUrl}${href}`);
  await page.getByTestId('referrals-card').waitFor();
}

async function openThread(page: Page): Promise<Locator> {
  const thread = page.getByTestId('message-thread').first();
  await thread.waitFor();
  if (!(await thread.getByTestId('message-list').isVisible())) await thread.getByTestId('message-thread-toggle').click();
  await thread.getByTestId('message-row').first().waitFor();
  return thread;
}

/** The texts of the notifications in the bell's list. */
async function notificationTexts(page: Page): Promise<string[]> {
  await page.getByTestId('notification-bell').click();
  await page.getByTestId('notification-item').first().waitFor();
  const texts = await page.getByTestId('notification-item').allInnerTexts();
  await page.keyboard.press('Escape');
  return texts;
}

/** At least one notification names the organisation, and each that does gives the reader's spelling first, the name as written after it. */
async function expectNotificationsSpelling(page: Page, name: string, spelling: string): Promise<void> {
  const naming = (await notificationTexts(page)).filter((text) => text.includes(name));
  expect(naming.length).toBeGreaterThan(0);
  for (const text of naming) expectInOrder(text, spelling, name);
}

/**
 * Names people can read (issue 11, point 4): each reader sees an organisation's and a person's name
 * in their own script, with the name as written beside it where it helps to recognise them. Every
 * check would fail if a name fell back to how it is written: the Baghdad office is written in
 * Arabic only, Stockholm in Latin only.
 */
describe.skipIf(!portal)('names in the reader’s script', () => {
  const browser = browserForSuite();

  it('a Stockholm caseworker in Swedish reads the Baghdad office and its caseworker in Latin script, the Arabic beside it', async () => {
    const { page } = browser();
    await logIn(page, ANNA);
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');

    // The picker of partners offers the office by its Latin name, the Arabic one beside it.
    await page.goto(`${portal!.baseUrl}/cases`);
    await page.getByTestId('cases-filter-partner').click();
    await page.getByRole('option', { name: BAGHDAD_OPTION_SV }).waitFor();
    await page.keyboard.press('Escape');

    await openRashasCase(page);
    // The referral names the partner, and who answered, Latin first.
    const referral = page.getByTestId('referral-row').first();
    expectInOrder(await referral.getByTestId('referral-partner').innerText(), BAGHDAD_LATIN, BAGHDAD_NAME);
    expectInOrder(await referral.innerText(), AHMED_LATIN, AHMED_ARABIC);
    // The follow-up is the partner's to record: said with its name.
    expectInOrder(await page.getByTestId('follow-up-read-only').innerText(), BAGHDAD_LATIN, BAGHDAD_NAME);

    // Messages: Layla's byline in Latin script with her name as written, and her office's Latin name.
    const thread = await openThread(page);
    const hers = thread.getByTestId('message-row').filter({ hasText: 'الكرادة' });
    const byline = await hers.first().getByTestId('message-author').innerText();
    expectInOrder(byline, LAYLA_LATIN, LAYLA_ARABIC);
    expect(byline).toContain(BAGHDAD_LATIN);
    await browser().screenshot('names-01-case-sv');

    // The notification of the arrival, written by the server in the reader's script.
    await expectNotificationsSpelling(page, BAGHDAD_NAME, BAGHDAD_LATIN);
    await logOut(page);
  });

  it('the Baghdad caseworker in Arabic, right to left, reads Stockholm in Arabic script, and Swedish staff as written', async () => {
    const { page } = browser();
    await logIn(page, LAYLA);
    await expectArabicRightToLeft(page);
    // Her own name and office are written in Arabic: read as written, nothing beside them.
    expect(await page.getByTestId('user-name').first().innerText()).toBe(LAYLA_ARABIC);
    expect(await page.getByTestId('organisation-name').first().innerText()).toBe(BAGHDAD_NAME);

    // The referrals received: from Stockholm in its Arabic spelling, the name as written beside it;
    // sent by Anna, whose name has no Arabic spelling.
    await page.goto(`${portal!.baseUrl}/referrals`);
    const row = page.getByTestId('referral-row').filter({ hasText: 'Rasha' });
    await row.first().waitFor();
    expectInOrder(await row.first().getByTestId('referral-from').innerText(), STOCKHOLM_ARABIC, STOCKHOLM_NAME);
    expect(await row.first().innerText()).toContain('Anna Lindqvist');
    await browser().screenshot('names-02-referrals-ar');

    await row.first().getByRole('link').first().click();
    await page.getByTestId('referrals-card').waitFor();
    expectInOrder(await page.getByTestId('partner-view-note').innerText(), STOCKHOLM_ARABIC, STOCKHOLM_NAME);
    expectInOrder(await page.getByTestId('referral-partner').first().innerText(), STOCKHOLM_ARABIC, STOCKHOLM_NAME);
    const thread = await openThread(page);
    const annas = thread.getByTestId('message-row').filter({ hasText: 'Hej Layla' });
    const byline = await annas.first().getByTestId('message-author').innerText();
    expect(byline).toContain('Anna Lindqvist');
    expect(byline).toContain(STOCKHOLM_ARABIC);
    await browser().screenshot('names-03-case-ar');

    // The notification of the referral received names Stockholm in Arabic script.
    await expectNotificationsSpelling(page, STOCKHOLM_NAME, STOCKHOLM_ARABIC);
    await logOut(page);
  });
});
