import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserForSuite, fillNewCase, logIn, portal } from './support/portal.js';

const ANNA = 'anna.lindqvist@stockholm.example'; // Stockholm caseworker, Swedish
const KARIN = 'Karin Holm'; // Stockholm coordinator, no caseworker role
const SOMALI_ASSOCIATION = 'Somaliska föräldranätverket Järvafältet'; // server/src/modules/demo/demo-outreach.ts

/**
 * Records an information meeting with the Somali association on the new-activity form, on a
 * phone (held with `coHolder` too, when given), and waits for the activity's page; answers its path.
 */
async function recordMeeting(page: Page, title: string, screenshot?: (name: string) => Promise<unknown>, coHolder?: string): Promise<string> {
  await page.goto(`${portal!.baseUrl}/outreach/new`);
  await page.getByTestId('outreach-form').waitFor();
  // The defaults: today, the viewer, an information meeting.
  expect(await page.getByRole('radio', { name: 'Informationsmöte' }).isChecked()).toBe(true);
  expect(await page.locator('[data-path="heldOn"]').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  await page.locator('[data-path="title"]').fill(title);
  await page.locator('input[data-path="contacts"]').click();
  await page.locator('input[data-path="contacts"]').fill('Somaliska');
  await page.getByRole('option', { name: SOMALI_ASSOCIATION }).click();
  await page.keyboard.press('Escape');
  await page.getByText('Hodan Warsame').click();
  await page.locator('[data-path="participantsWomen"]').fill('12');
  await page.locator('[data-path="participantsMen"]').fill('7');
  await page.locator('[data-path="participantsUnder18"]').fill('2');
  if (coHolder) {
    await page.locator('input[data-path="heldByIds"]').click();
    await page.getByRole('option', { name: coHolder }).click();
    await page.keyboard.press('Escape');
  }
  // One column: the form is no wider than the phone.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await screenshot?.('outreach-01-record-390');
  await page.getByTestId('outreach-submit').click();

  await page.getByTestId('outreach-page').waitFor();
  expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(title);
  expect(await page.getByTestId('outreach-contacts').getByRole('link', { name: SOMALI_ASSOCIATION }).count()).toBe(1);
  expect(await page.getByTestId('outreach-women').innerText()).toBe('12');
  return new URL(page.url()).pathname;
}

/**
 * Outreach on a phone (issue 12): a Stockholm caseworker records an information meeting with the
 * demo's Somali association at 390 × 844, finds it on the outreach list, and a returnee who came
 * to the office through that meeting gets a case that says so.
 */
describe.skipIf(!portal)('recording outreach on a phone', () => {
  const browser = browserForSuite();

  it('records an information meeting with the Somali association and sees it on the list', async () => {
    const { page } = browser();
    // Signed in at the default size (the organisation's name, which logIn waits for, is in the phone's menu).
    await logIn(page, ANNA);
    await page.setViewportSize({ width: 390, height: 844 });
    const title = `Informationskväll Järva ${Date.now()}`;
    // A coordinator can hold an activity too: the holders are the whole office, not only its caseworkers.
    const activityPath = await recordMeeting(page, title, (name) => browser().screenshot(name), KARIN);
    expect(await page.getByTestId('outreach-page').innerText()).toContain(KARIN);

    await page.goto(`${portal!.baseUrl}/outreach`);
    const card = page.getByTestId('outreach-row').filter({ hasText: title });
    await card.waitFor();
    expect(await card.getByRole('link', { name: title }).getAttribute('href')).toBe(activityPath);
    expect(await card.innerText()).toContain(SOMALI_ASSOCIATION);
    await browser().screenshot('outreach-02-list-390');
  });

  it('a returnee who came through the meeting gets a case attributed to it, which links back to the meeting', async () => {
    const { page, screenshot } = browser();
    await page.setViewportSize({ width: 1280, height: 860 });
    await logIn(page, ANNA);
    await page.setViewportSize({ width: 390, height: 844 });
    const title = `Informationsmöte Rinkeby ${Date.now()}`;
    let activityPath: string;
    try {
      activityPath = await recordMeeting(page, title);
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }

    await fillNewCase(page, { firstName: 'Sahra', lastName: 'Cabdi', dateOfBirth: '1988-06-14' });
    const source = page.getByRole('group', { name: 'Hur den återvändande kom till oss' });
    await source.getByRole('combobox', { name: /^Kom via/ }).selectOption({ label: 'En uppsökande aktivitet' });
    const activity = source.locator('[data-path="source.outreachActivityId"]');
    await activity.click();
    await activity.pressSequentially('Rinkeby');
    // The picker names the meeting with its day and the association that was there.
    const option = page.getByRole('option', { name: title });
    expect(await option.innerText()).toContain(SOMALI_ASSOCIATION);
    await option.click();
    await screenshot('outreach-03-case-source');
    await page.getByTestId('case-form-submit').click();

    // The case page says where the returnee came from, and links to that very meeting.
    const card = page.getByTestId('case-source-card');
    await card.waitFor();
    expect(await card.innerText()).toContain('En uppsökande aktivitet');
    const link = card.getByRole('link', { name: new RegExp(title) });
    expect(await link.getAttribute('href')).toBe(activityPath);
    expect(await link.innerText()).toMatch(/\d/); // its day, before the title
    await screenshot('outreach-04-case-links-activity');

    await link.click();
    await page.getByTestId('outreach-page').waitFor();
    expect(new URL(page.url()).pathname).toBe(activityPath);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(title);
  });
});
