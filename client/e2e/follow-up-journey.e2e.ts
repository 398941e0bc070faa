import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type Browser } from './support/browser.js';
import { DEMO_PASSWORD, logIn, portal } from './support/portal.js';

const ANNA = 'anna.lindqvist@stockholm.example'; // Stockholm caseworker, Swedish
const LAYLA = 'layla.alrawi@cldd-baghdad.example'; // Baghdad partner caseworker, Arabic
const EVA = 'eva.sandberg@stockholm.example'; // Stockholm supervisor, Swedish
const BAGHDAD = '5a0c0000-0000-4000-8000-000000000007';
const today = () => new Date().toISOString().slice(0, 10);
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

async function api<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${portal!.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const apiLogin = async (email: string) =>
  (await api<{ login: { accessToken: string } }>('mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email, password: DEMO_PASSWORD } })).login.accessToken;

/**
 * Follow-up across two organisations, live: Baghdad (Arabic) accepts the referral on the case page
 * and is led to the arrival, confirms it, writes a plan and
 * records a visit; Stockholm (Swedish), already on the case page, sees the notification arrive
 * without reloading and reads the visit; they exchange a message; a Stockholm supervisor
 * records a session with the Baghdad caseworker, who sees it.
 */
describe.skipIf(!portal)('follow-up of a case returned to Baghdad', () => {
  let stockholm: Browser;
  let baghdad: Browser;
  let caseId = '';
  let caseNumber = '';

  beforeAll(async () => {
    // The case reaches Baghdad through the API; the journey below, from its acceptance, is in the browser.
    const anna = await apiLogin(ANNA);
    const created = await api<{ createCase: { id: string; number: string; version: number } }>(
      'mutation($input: CreateCaseInput!) { createCase(input: $input) { id number version } }',
      { input: { returnee: { firstName: 'Huda', lastName: 'Karim', sex: 'FEMALE', documentLanguage: 'ar' }, destinationCountry: 'IQ', destinationPlace: 'Bagdad' } },
      anna,
    );
    caseId = created.createCase.id;
    caseNumber = created.createCase.number;
    await api('mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }', { input: { caseId, partnerId: BAGHDAD, sections: ['IDENTITY', 'NEEDS'], givenOn: today() } }, anna);
    await api('mutation($input: SendReferralInput!) { sendReferral(input: $input) { id } }', { input: { caseId, partnerId: BAGHDAD, sections: ['IDENTITY', 'NEEDS'] } }, anna);

    stockholm = await openBrowser(portal!.chromium);
    baghdad = await openBrowser(portal!.chromium);
  });
  afterAll(async () => {
    await stockholm?.close();
    await baghdad?.close();
  });

  it('Baghdad accepts on the case page and is led to the arrival', async () => {
    const layla = baghdad.page;
    await logIn(layla, LAYLA);
    expect(await layla.locator('html').getAttribute('dir')).toBe('rtl');
    await layla.goto(`${portal!.baseUrl}/cases/${caseId}`);
    await layla.getByTestId('referral-action-ACCEPT').click();
    await layla.getByRole('dialog').getByRole('button', { name: /قبول/ }).click();

    // The page says so and what comes next, and the focus is on the arrival, open, with its form.
    const notice = layla.getByTestId('referral-accepted-notice');
    await notice.waitFor();
    expect(await notice.getAttribute('role')).toBe('status');
    expect(await notice.innerText()).toContain('قبلت الإحالة');
    await expect.poll(() => layla.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('arrival-part-toggle');
    expect(await layla.getByTestId('arrival-part-toggle').getAttribute('aria-expanded')).toBe('true');
    expect(await layla.getByTestId('confirm-arrival').isVisible()).toBe(true);
    // The arrival in view, under the notice.
    await expect.poll(() => layla.getByTestId('arrival-part-toggle').evaluate((button) => {
      const box = button.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight;
    })).toBe(true);
    // Only the step at hand stands open; the others are a line each.
    for (const part of ['plan', 'visits', 'assessments']) expect(await layla.getByTestId(`${part}-part-toggle`).getAttribute('aria-expanded')).toBe('false');
    await baghdad.screenshot('followup-00-accepted-ar');
  });

  it('Baghdad confirms arrival, writes a plan and records a visit; Stockholm sees it live', async () => {
    const anna = stockholm.page;
    const layla = baghdad.page;
    await logIn(anna, ANNA);
    await anna.goto(`${portal!.baseUrl}/cases/${caseId}`);
    await anna.getByTestId('follow-up-section').waitFor();
    const count = async () => Number((await anna.getByTestId('notification-count').innerText().catch(() => '0')) || 0);
    const before = await count();

    await layla.goto(`${portal!.baseUrl}/cases/${caseId}`);
    // Until the arrival is confirmed it is the step that stands open.
    await layla.getByTestId('confirm-arrival').waitFor();
    await layla.getByTestId('arrival-date').fill(day(-1));
    await layla.getByTestId('confirm-arrival-submit').click();
    // The case is still at intake in Stockholm: the portal asks first, and says the owner is told.
    await layla.getByTestId('early-arrival-reason').waitFor();
    await layla.getByTestId('confirm-early-arrival').click();
    await layla.getByTestId('arrival-confirmed').waitFor();
    await baghdad.screenshot('followup-01-arrival-ar');

    // Stockholm: the bell counts up, and the notice is announced, without any reload.
    await expect.poll(count).toBeGreaterThan(before);
    await anna.getByTestId('notification-announcement').waitFor();
    expect(await anna.getByTestId('notification-announcement').innerText()).toMatch(/[Aa]nkomst bekräftad/);
    await stockholm.screenshot('followup-02-live-notification-sv');

    // Then the plan is the next step, and opens by itself.
    await layla.getByTestId('plan-add-goal').click();
    const goal = layla.getByTestId('plan-goal-row').last();
    await goal.getByTestId('plan-goal-domain').selectOption('HOUSING');
    await goal.getByTestId('plan-goal-description').fill('استئجار شقة قريبة من المدرسة');
    await layla.getByTestId('plan-save').click();
    await layla.getByTestId('plan-saved').waitFor();
    expect(await layla.getByTestId('plan-part-summary').innerText()).toMatch(/هدف واحد/);

    // With a plan, the visits are the next step.
    await layla.getByTestId('visit-form').waitFor();
    await layla.getByTestId('visit-date').fill(today());
    await layla.getByTestId('visit-mode').selectOption('HOME_VISIT');
    await layla.getByTestId('visit-domain-HOUSING').selectOption('FAIR');
    await layla.getByTestId('visit-narrative').fill('زيارة منزلية: العائلة بخير وتبحث عن شقة.');
    await layla.getByTestId('visit-next-date').fill(day(14));
    await layla.getByTestId('visit-submit').click();
    await layla.getByTestId('visit-row').first().waitFor();
    await baghdad.screenshot('followup-03-plan-and-visit-ar');

    // Stockholm opens the notification and reads the visit.
    await anna.getByTestId('notification-bell').click();
    await anna.getByTestId('notification-item').first().click();
    await anna.getByTestId('visit-row').first().waitFor();
    expect(await anna.getByTestId('visit-row').first().innerText()).toContain('زيارة منزلية');
    expect(await anna.getByTestId('follow-up-read-only').isVisible()).toBe(true);
    await stockholm.screenshot('followup-04-visit-read-sv');
  });

  it('they exchange a message on the case', async () => {
    const anna = stockholm.page;
    const layla = baghdad.page;
    const thread = anna.getByTestId('message-thread').first();
    if (!(await thread.getByTestId('message-input').isVisible())) await thread.getByTestId('message-thread-toggle').click();
    await thread.getByTestId('message-input').fill('Tack Layla! Finns det en förskola nära lägenheten?');
    await thread.getByTestId('message-send').click();
    await thread.getByTestId('message-row').first().waitFor();

    await layla.reload();
    const laylaThread = layla.getByTestId('message-thread').first();
    await laylaThread.waitFor();
    if (!(await laylaThread.getByTestId('message-input').isVisible())) await laylaThread.getByTestId('message-thread-toggle').click();
    await laylaThread.getByTestId('message-row').first().waitFor();
    expect(await laylaThread.getByTestId('message-row').first().innerText()).toContain('förskola');
    await laylaThread.getByTestId('message-input').fill('نعم، هناك روضة على بعد شارعين.');
    await laylaThread.getByTestId('message-send').click();
    await baghdad.screenshot('followup-05-messages-ar');

    await expect.poll(async () => (await thread.getByTestId('message-row').allInnerTexts()).join(' ')).toContain('روضة');
    await stockholm.screenshot('followup-06-messages-sv');
  });

  it('a Stockholm supervisor records a session with the Baghdad caseworker, who sees it', async () => {
    const eva = stockholm.page;
    const layla = baghdad.page;
    await logIn(eva, EVA);
    await eva.goto(`${portal!.baseUrl}/supervision/new`);
    await eva.getByTestId('supervision-form').waitFor();
    await eva.locator('[data-path="partnerId"]').click();
    await eva.getByRole('option', { name: /بغداد/ }).click();
    await eva.locator('[data-path="heldOn"]').fill(today());
    await eva.getByRole('radio', { name: 'Video' }).check();
    await eva.locator('[data-path="participantIds"]').click();
    await eva.getByRole('option', { name: 'ليلى الراوي' }).click();
    await eva.keyboard.press('Escape');
    await eva.locator('[data-path="notes"]').fill(`Genomgång av ${caseNumber}: bostad och förskola.`);
    await stockholm.screenshot('followup-07-supervision-form-sv');
    await eva.getByTestId('supervision-submit').click();
    await eva.waitForURL(/\/supervision\/[0-9a-f-]{36}$/);
    const sessionId = eva.url().split('/').at(-1)!;
    await eva.getByTestId('supervision-notes').waitFor();
    await stockholm.screenshot('followup-08-supervision-recorded-sv');

    // The Baghdad caseworker finds it among her sessions, and reads it.
    await layla.goto(`${portal!.baseUrl}/supervision`);
    const link = layla.getByTestId('supervision-row').locator(`a[href$="/supervision/${sessionId}"]`);
    await link.waitFor();
    await link.click();
    await layla.getByTestId('supervision-notes').waitFor();
    expect(await layla.getByTestId('supervision-notes').innerText()).toContain(caseNumber);
    expect(await layla.locator('html').getAttribute('dir')).toBe('rtl');
    await baghdad.screenshot('followup-09-supervision-ar');
  });
});
