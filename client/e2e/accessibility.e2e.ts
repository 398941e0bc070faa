import type { Language } from '@cirkel/i18n';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { browserForSuite, logIn, portal } from './support/portal.js';

/**
 * Issue 11, point 9: no critical or serious axe-core violation on any page, in Swedish and in
 * Arabic (right to left), for every role that sees a page; and at a phone's width (390 px) the
 * lists, filters and Bosnian labels fit. Each visit is recorded, so that a run which reached no
 * page (a broken sign-in, an empty list) fails instead of passing on nothing.
 */

const COORDINATOR = { email: 'karin.holm@stockholm.example', language: 'sv' as Language };
const CASEWORKER = { email: 'anna.lindqvist@stockholm.example', language: 'sv' as Language };
const SUPERVISOR = { email: 'eva.sandberg@stockholm.example', language: 'sv' as Language };
const ANALYST = { email: 'omar.hassan@stockholm.example', language: 'en' as Language };
const PARTNER = { email: 'layla.alrawi@cldd-baghdad.example', language: 'ar' as Language };
const BOSNIAN_PARTNER = { email: 'amra.hodzic@prijedor.example', language: 'bs' as Language };

const AUDITED_LANGUAGES: readonly Language[] = ['sv', 'ar'];

interface Visit {
  path: string;
  language: string;
  width: number;
  heading: string;
}

interface Finding {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
  path: string;
  language: string;
  width: number;
}

const visits: Visit[] = [];
const findings: Finding[] = [];

/** Waits for the page's level-one heading, then asks axe-core about the whole document. */
async function audit(page: Page, path: string): Promise<void> {
  const heading = page.locator('h1').first();
  await heading.waitFor();
  // Lists and the case page fill in after their query: wait until no loader is left.
  await page.waitForFunction(() => !document.querySelector('[data-loading], .mantine-Loader-root, [aria-busy="true"]'), undefined, { timeout: 15_000 }).catch(() => undefined);
  // A dialog still fading in is measured at its final colours, not halfway: axe-core once saw the
  // consent dialog's placeholder at 87 % of its opacity (#71777e for #5f666d, 3.89:1), which no
  // one ever reads. Endless animations (a spinner) do not count.
  await page
    .waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  const headingText = (await heading.innerText()).trim();
  expect(headingText, `the heading of ${path}`).not.toBe('');
  const language = (await page.locator('html').getAttribute('lang')) ?? '?';
  const width = page.viewportSize()?.width ?? 0;
  visits.push({ path, language, width, heading: headingText });

  // Evaluated by the driver, not as a <script>: the portal's Content-Security-Policy rightly refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => {
        // For contrast, say the colours too: the fix is in the theme, not in the selector.
        const data = node.any[0]?.data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | undefined;
        const colours = data?.fgColor ? ` (${data.fgColor} on ${data.bgColor}, ${data.contrastRatio}:1)` : '';
        return `${node.target.join(' ')}${colours}`;
      }),
    }));
  });
  for (const violation of violations) {
    if (violation.impact === 'critical' || violation.impact === 'serious') findings.push({ ...violation, path, language, width });
  }
}

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${portal!.baseUrl}${path}`);
  await audit(page, path);
  expect(new URL(page.url()).pathname, `${path} stayed where it was sent`).toBe(path.split('?')[0]);
}

/** The path of the first link in the page's main content that leads to one record of a list. */
async function firstRecordPath(page: Page, listPath: string, prefix: string): Promise<string> {
  await page.goto(`${portal!.baseUrl}${listPath}`);
  await page.locator('h1').first().waitFor();
  const link = page.locator(`main a[href^="${prefix}"]:not([href$="/new"])`).first();
  await link.waitFor();
  const href = await link.getAttribute('href');
  expect(href, `a record linked from ${listPath}`).toMatch(new RegExp(`^${prefix}[^/]+$`));
  return href!;
}

/** What sticks out of the window or is cut off: the page scrolling sideways, labels and buttons too narrow for their text. */
function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cut: string[] = [];
    if (document.documentElement.scrollWidth > window.innerWidth + 1) cut.push(`the page scrolls sideways (${document.documentElement.scrollWidth} px)`);
    for (const element of document.querySelectorAll<HTMLElement>('main label, main button, main .mantine-Button-label, main th, main .mantine-Badge-label, main dt, header button')) {
      if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) cut.push(`${element.tagName.toLowerCase()} "${element.innerText.trim().slice(0, 40)}"`);
    }
    return cut;
  });
}

/** The office's own work (issue 12): the contacts directory, outreach and support to the city's staff, each list with one of its records. */
async function officeWorkPaths(page: Page): Promise<string[]> {
  const contactPath = await firstRecordPath(page, '/contacts', '/contacts/');
  const activityPath = await firstRecordPath(page, '/outreach', '/outreach/');
  const consultationPath = await firstRecordPath(page, '/staff-support', '/staff-support/');
  return ['/contacts', contactPath, '/outreach', '/outreach?view=month', activityPath, '/outreach/new', '/staff-support', consultationPath, '/staff-support/new'];
}

async function switchLanguage(page: Page, language: Language): Promise<void> {
  if ((await page.locator('html').getAttribute('lang')) === language) return;
  // The choice is stored on the server: wait for that, so the next full load comes back in it.
  const stored = page.waitForResponse((response) => response.url().endsWith('/graphql') && (response.request().postData() ?? '').includes('setMyLanguage'));
  await page.getByTestId('language-switcher').first().selectOption(language);
  await stored;
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
}

/** Signs in, audits the pages in each audited language, and leaves the user's own language as it was. */
async function auditAs(page: Page, user: { email: string; language: Language }, paths: readonly string[]): Promise<void> {
  await logIn(page, user.email);
  try {
    for (const language of AUDITED_LANGUAGES) {
      await switchLanguage(page, language);
      for (const path of paths) await visit(page, path);
    }
  } finally {
    await page.goto(`${portal!.baseUrl}/`);
    await page.getByTestId('organisation-name').first().waitFor();
    await switchLanguage(page, user.language);
  }
}

/** Fails the test with the violations found since `from` (each test answers for its own pages). */
function expectNoFindingsSince(from: number): void {
  const own = findings.slice(from);
  expect(own.length, `axe-core found:\n${readable(own)}`).toBe(0);
}

function readable(list: readonly Finding[]): string {
  return list
    .map((finding) => `${finding.impact} ${finding.rule} (${finding.help}) on ${finding.path} [${finding.language}, ${finding.width} px]: ${finding.targets.slice(0, 5).join(' | ')}`)
    .join('\n');
}

describe.skipIf(!portal)('every page, for everyone', () => {
  const browser = browserForSuite();

  afterAll(() => {
    process.stdout.write(`accessibility: ${visits.length} page visits\n${visits.map((v) => `  ${v.path} [${v.language}, ${v.width} px] "${v.heading}"`).join('\n')}\n`);
  });

  it('the login page and the page that is not there', { timeout: 120_000 }, async () => {
    const { page } = browser();
    const from = findings.length;
    await page.context().clearCookies();
    for (const language of AUDITED_LANGUAGES) {
      await page.goto(`${portal!.baseUrl}/login`);
      await page.getByTestId('login-email').waitFor();
      await page.getByTestId('language-switcher').selectOption(language);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
      await audit(page, '/login');
    }
    await auditAs(page, ANALYST, ['/', '/cases', '/this-page-does-not-exist']);
    expectNoFindingsSince(from);
  });

  it('a caseworker: home, cases, a case, a new case, a consent form, agreements', { timeout: 240_000 }, async () => {
    const { page } = browser();
    const from = findings.length;
    await logIn(page, CASEWORKER.email);
    const casePath = await firstRecordPath(page, '/cases', '/cases/');
    await auditAs(page, CASEWORKER, ['/', '/cases', casePath, `${casePath}/consent-form`, '/cases/new', '/agreements']);
    expectNoFindingsSince(from);
  });

  it('a caseworker: contacts, outreach (list, month, one activity, a new one) and staff support', { timeout: 300_000 }, async () => {
    const { page } = browser();
    const from = findings.length;
    await logIn(page, CASEWORKER.email);
    await auditAs(page, CASEWORKER, await officeWorkPaths(page));
    expectNoFindingsSince(from);
  });

  it('a caseworker on a phone (390 px): the same pages, in Swedish and Arabic, nothing cut off', { timeout: 300_000 }, async () => {
    const { page } = browser();
    const from = findings.length;
    await page.setViewportSize({ width: 1280, height: 860 });
    await logIn(page, CASEWORKER.email);
    const paths = await officeWorkPaths(page);
    const overflows: string[] = [];
    const visitedFrom = visits.length;
    try {
      for (const language of AUDITED_LANGUAGES) {
        // The language switcher is in the header at a desktop's width; narrow the window after.
        await page.setViewportSize({ width: 1280, height: 860 });
        await switchLanguage(page, language);
        await page.setViewportSize({ width: 390, height: 844 });
        for (const path of paths) {
          await visit(page, path);
          overflows.push(...(await cutOff(page)).map((text) => `${path} [${language}]: ${text}`));
        }
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
      await page.goto(`${portal!.baseUrl}/`);
      await page.getByTestId('organisation-name').first().waitFor();
      await switchLanguage(page, CASEWORKER.language);
    }
    expect(visits.slice(visitedFrom).filter((v) => v.width === 390 && v.path.startsWith('/outreach')).length).toBe(2 * 4);
    expectNoFindingsSince(from);
    expect(overflows, `text cut off at 390 px:\n${overflows.join('\n')}`).toEqual([]);
  });

  it('a caseworker’s office work opened up: the new-contact and status dialogs, and the forms with a follow-up and its owner picker open', { timeout: 300_000 }, async () => {
    const { page } = browser();
    const from = findings.length;
    const visitedFrom = visits.length;
    /** Clicks what `open` finds on `path`, waits for what it shows, and audits the document so. */
    const auditOpened = async (path: string, name: string, open: () => Promise<void>, shown: string) => {
      await page.goto(`${portal!.baseUrl}${path}`);
      await page.locator('h1').first().waitFor();
      await open();
      await page.locator(shown).last().waitFor();
      await audit(page, `${path} (${name})`);
    };
    const openOwnerPicker = async () => {
      await page.locator('input[data-path="followUp.ownerId"]').click();
    };

    await logIn(page, CASEWORKER.email);
    const contactPath = await firstRecordPath(page, '/contacts', '/contacts/');
    try {
      for (const language of AUDITED_LANGUAGES) {
        await switchLanguage(page, language);
        await auditOpened('/contacts', 'new contact', () => page.getByTestId('new-contact').first().click(), '[role="dialog"]');
        await auditOpened(contactPath, 'status', () => page.getByTestId('change-status').click(), '[role="dialog"]');
        await auditOpened(contactPath, 'new person', () => page.getByTestId('add-person').click(), '[role="dialog"], form');
        await auditOpened(
          '/outreach/new',
          'follow-up owner',
          async () => {
            await page.getByTestId('outreach-follow-up-on').check();
            await openOwnerPicker();
          },
          '[role="listbox"]',
        );
        await auditOpened(
          '/staff-support/new',
          'follow-up owner',
          async () => {
            await page.getByTestId('consultation-add-follow-up').click();
            await openOwnerPicker();
          },
          '[role="listbox"]',
        );
      }
    } finally {
      await page.goto(`${portal!.baseUrl}/`);
      await page.getByTestId('organisation-name').first().waitFor();
      await switchLanguage(page, CASEWORKER.language);
    }
    expect(visits.slice(visitedFrom).filter((v) => v.path.endsWith(' owner)')).length).toBe(2 * 2);
    expectNoFindingsSince(from);
  });

  it('a coordinator: users, agreements and one agreement', { timeout: 180_000 }, async () => {
    const { page } = browser();
    const from = findings.length;
    await logIn(page, COORDINATOR.email);
    const agreementPath = await firstRecordPath(page, '/agreements', '/agreements/');
    await auditAs(page, COORDINATOR, ['/', '/users', '/agreements', agreementPath, '/cases']);
    expectNoFindingsSince(from);
  });

  it('a supervisor: the supervision list, one supervision and a new one', { timeout: 180_000 }, async () => {
    const { page } = browser();
    const from = findings.length;
    await logIn(page, SUPERVISOR.email);
    const supervisionPath = await firstRecordPath(page, '/supervision', '/supervision/');
    await auditAs(page, SUPERVISOR, ['/supervision', supervisionPath, '/supervision/new']);
    expectNoFindingsSince(from);
  });

  it('a partner caseworker: the referrals inbox and a referred case', { timeout: 180_000 }, async () => {
    const { page } = browser();
    const from = findings.length;
    await logIn(page, PARTNER.email);
    const paths = ['/', '/inbox', '/referrals', '/cases'];
    const referredCase = page.locator('main a[href^="/cases/"]').first();
    await page.goto(`${portal!.baseUrl}/cases`);
    await page.locator('h1').first().waitFor();
    if (await referredCase.isVisible({ timeout: 5_000 }).catch(() => false)) paths.push((await referredCase.getAttribute('href'))!);
    await auditAs(page, PARTNER, paths);
    expectNoFindingsSince(from);
  });

  it('open dialogs and popovers: editing a case, recording consent, sending a referral, a reset link, the notifications', { timeout: 240_000 }, async () => {
    const { page } = browser();
    const from = findings.length;
    const visitedFrom = visits.length;
    /** Opens a dialog (or the bell's popover) from a page, audits the document with it open, closes it with Escape. */
    const auditOpened = async (path: string, opener: string, name: string) => {
      await page.goto(`${portal!.baseUrl}${path}`);
      await page.locator('h1').first().waitFor();
      const button = page.getByTestId(opener).first();
      await button.waitFor();
      await button.click();
      const opened = page.locator('[role="dialog"]').last();
      await opened.waitFor();
      await audit(page, `${path} (${name})`);
      await page.keyboard.press('Escape');
      await opened.waitFor({ state: 'hidden' });
      // Focus goes back to what opened it (Mantine's returnFocus), not to the top of the page.
      expect(await button.evaluate((element) => element === document.activeElement), `focus returns to ${opener}`).toBe(true);
    };

    await logIn(page, CASEWORKER.email);
    const casePath = await firstRecordPath(page, '/cases', '/cases/');
    try {
      for (const language of AUDITED_LANGUAGES) {
        await switchLanguage(page, language);
        await auditOpened(casePath, 'edit-case', 'edit');
        await auditOpened(casePath, 'record-consent', 'consent');
        await auditOpened(casePath, 'send-referral', 'referral');
        await auditOpened('/', 'notification-bell', 'notifications');
      }
    } finally {
      await page.goto(`${portal!.baseUrl}/`);
      await page.getByTestId('organisation-name').first().waitFor();
      await switchLanguage(page, CASEWORKER.language);
    }

    await logIn(page, COORDINATOR.email);
    try {
      for (const language of AUDITED_LANGUAGES) {
        await switchLanguage(page, language);
        await auditOpened('/users', 'create-reset-link', 'reset link');
      }
    } finally {
      await page.goto(`${portal!.baseUrl}/`);
      await page.getByTestId('organisation-name').first().waitFor();
      await switchLanguage(page, COORDINATOR.language);
    }
    expect(visits.slice(visitedFrom).filter((v) => v.path.endsWith(')')).length).toBe(10);
    expectNoFindingsSince(from);
  });

  it('on a phone, in Bosnian: lists are cards, filters fold away, and no label is cut off', { timeout: 240_000 }, async () => {
    const { page } = browser();
    const from = findings.length;
    try {
      const overflows: string[] = [];
      const phoneAudit = async (path: string, rowTestId?: string) => {
        await page.goto(`${portal!.baseUrl}${path}`);
        await audit(page, path);
        if (rowTestId) {
          await page.getByTestId(rowTestId).first().waitFor();
          // A card, not a table row, with the status and actions it would have in a column.
          expect(await page.locator('main table').count(), `${path} has no table on a phone`).toBe(0);
        }
        const found = await cutOff(page);
        overflows.push(...found.map((text) => `${path}: ${text}`));
      };

      /** Signs in at a desktop's width (the sign-in helper waits for the header's organisation name), in Bosnian, then narrows the window. */
      const asPhoneUser = async (user: { email: string; language: Language }, visitAll: () => Promise<void>) => {
        await page.setViewportSize({ width: 1280, height: 860 });
        await logIn(page, user.email);
        await switchLanguage(page, 'bs');
        await page.setViewportSize({ width: 390, height: 844 });
        try {
          await visitAll();
        } finally {
          await page.setViewportSize({ width: 1280, height: 860 });
          await page.goto(`${portal!.baseUrl}/`);
          await page.getByTestId('organisation-name').first().waitFor();
          await switchLanguage(page, user.language);
        }
      };

      await asPhoneUser(CASEWORKER, async () => {
        await phoneAudit('/cases', 'case-row');
        const toggle = page.getByTestId('filters-toggle').first();
        await toggle.waitFor();
        expect(await page.getByTestId('cases-filter-status').isVisible()).toBe(false);
        await toggle.click();
        await page.getByTestId('cases-filter-status').waitFor();
      });
      await asPhoneUser(COORDINATOR, async () => {
        await phoneAudit('/users', 'user-row');
        await phoneAudit('/agreements', 'agreement-row');
      });
      await asPhoneUser(BOSNIAN_PARTNER, async () => {
        await phoneAudit('/inbox');
        await phoneAudit('/referrals');
        await phoneAudit('/');
      });

      expectNoFindingsSince(from);
      expect(overflows, `text cut off at 390 px:\n${overflows.join('\n')}`).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });

  it('visited every page, in Swedish, Arabic and Bosnian', () => {
    // 2 login + 2×3 analyst + 2×6 caseworker + 2×9 office work + 2×9 office work at 390 px + 2×5 office work opened up + 2×5 coordinator + 2×3 supervisor + 2×4–5 partner + 6 phone.
    expect(visits.length).toBeGreaterThanOrEqual(96);
    const visitedPaths = new Set(visits.map((v) => v.path.replace(/\/[0-9a-f-]{36}/g, '/:id')));
    for (const path of ['/login', '/', '/cases', '/cases/:id', '/cases/:id/consent-form', '/cases/new', '/inbox', '/referrals', '/agreements', '/agreements/:id', '/supervision', '/supervision/:id', '/supervision/new', '/users', '/this-page-does-not-exist', '/contacts', '/contacts/:id', '/outreach', '/outreach?view=month', '/outreach/:id', '/outreach/new', '/staff-support', '/staff-support/:id', '/staff-support/new']) {
      expect(visitedPaths, `visited ${path}`).toContain(path);
    }
    for (const language of ['sv', 'ar', 'bs']) expect(visits.some((v) => v.language === language), `visited in ${language}`).toBe(true);
    expectNoFindingsSince(0);
  });
});
