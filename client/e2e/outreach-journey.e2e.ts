import { describe, expect, it } from 'vitest';
import { browserForSuite, logIn, portal } from './support/portal.js';

const ANNA = 'anna.lindqvist@stockholm.example'; // Stockholm caseworker, Swedish
const SOMALI_ASSOCIATION = 'Somaliska föräldranätverket Järvafältet'; // server/src/modules/demo/demo-outreach.ts

/**
 * Outreach on a phone (issue 12): a Stockholm caseworker records an information meeting with the
 * demo's Somali association at 390 × 844 and finds it on the outreach list.
 */
describe.skipIf(!portal)('recording outreach on a phone', () => {
  const browser = browserForSuite();

  it('records an information meeting with the Somali association and sees it on the list', async () => {
    const { page } = browser();
    // Signed in at the default size (the organisation's name, which logIn waits for, is in the phone's menu).
    await logIn(page, ANNA);
    await page.setViewportSize({ width: 390, height: 844 });
    const title = `Informationskväll Järva ${Date.now()}`;

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
    // One column: the form is no wider than the phone.
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await browser().screenshot('outreach-01-record-390');
    await page.getByTestId('outreach-submit').click();

    await page.getByTestId('outreach-page').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain(title);
    expect(await page.getByTestId('outreach-contacts').getByRole('link', { name: SOMALI_ASSOCIATION }).count()).toBe(1);
    expect(await page.getByTestId('outreach-women').innerText()).toBe('12');
    const activityUrl = page.url();

    await page.goto(`${portal!.baseUrl}/outreach`);
    const card = page.getByTestId('outreach-row').filter({ hasText: title });
    await card.waitFor();
    expect(await card.getByRole('link', { name: title }).getAttribute('href')).toBe(new URL(activityUrl).pathname);
    expect(await card.innerText()).toContain(SOMALI_ASSOCIATION);
    await browser().screenshot('outreach-02-list-390');
  });
});
