// `node bench/page-heights.mjs`: how tall the partner's case page is (issue 11, point 8: "today the
// page is 4,300 px tall on a desktop, 8,700 px on a phone"). Serves the BUILT client from the built
// server (npm run build) with the demo data, signs in as the Baghdad CLDD office's caseworker
// (Layla Al-Rawi, Arabic, as in the issue's trial), opens the demo case referred to that office
// whose referral is accepted and whose follow-up has an arrival, a plan and visits, waits until
// the follow-up has loaded, and prints the document's height at 1280×800 and 390×844 as the page
// first shows it, and, for comparison, with every follow-up part opened (nothing to open on a page
// that shows every form at once). Prints figures; asserts nothing.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { graphql, startBuiltServer } from './lib/built-server.mjs';

const clientDist = new URL('../client/dist/', import.meta.url).pathname;
if (!existsSync(`${clientDist}index.html`)) throw new Error('client/dist is missing: run `npm run build` first.');
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!chromiumPath) throw new Error('no Chromium: apt-get install chromium');

const LAYLA = 'layla.alrawi@cldd-baghdad.example';
const PASSWORD = 'Cirkel-demo-2026';
const viewports = [
  { name: 'desktop 1280×800', width: 1280, height: 800, isMobile: false },
  { name: 'phone 390×844', width: 390, height: 844, isMobile: true },
];

const server = await startBuiltServer({ clientDist });
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });

/** The accepted case with the most follow-up recorded, as the partner finds it. */
async function followedUpCase() {
  const { login } = await graphql(server.url, 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }', { i: { email: LAYLA, password: PASSWORD } });
  const data = await graphql(
    server.url,
    `{ incomingReferrals(status: [ACCEPTED], first: 100) { edges { node { case { id number followUp { arrival { arrivedOn } plan { id } visits { id } } } } } } }`,
    {},
    login.accessToken,
  );
  const cases = data.incomingReferrals.edges.map((edge) => edge.node.case).filter((item) => item?.followUp?.arrival);
  cases.sort((a, b) => b.followUp.visits.length - a.followUp.visits.length);
  if (!cases[0]) throw new Error('no accepted case with follow-up in the demo data');
  return cases[0];
}

/** Signs in through the login page, as a person would, in a fresh context of this size. */
async function signedInPage(viewport) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    isMobile: viewport.isMobile,
    hasTouch: viewport.isMobile,
    deviceScaleFactor: 1,
    locale: 'en-GB',
  });
  const page = await context.newPage();
  await page.goto(`${server.baseUrl}/login`);
  await page.getByTestId('login-email').fill(LAYLA);
  await page.getByTestId('login-password').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}

const documentHeight = (page) => page.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));

/** Opens the case, waits for the follow-up, then its height; then with every part opened. */
async function measure(viewport, caseId) {
  const { context, page } = await signedInPage(viewport);
  try {
    await page.goto(`${server.baseUrl}/cases/${caseId}`);
    const section = page.getByTestId('follow-up-section');
    await section.waitFor();
    await page.getByTestId('arrival-part').waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const shown = await documentHeight(page);
    const toggles = section.locator('[data-testid$="-part-toggle"][aria-expanded="false"]');
    const count = await toggles.count();
    for (let i = 0; i < count; i += 1) await toggles.first().click();
    await page.waitForTimeout(300);
    const allOpen = await documentHeight(page);
    return { shown, allOpen, opened: count, lang: await page.evaluate(() => document.documentElement.lang) };
  } finally {
    await context.close();
  }
}

try {
  const item = await followedUpCase();
  console.log(`Case ${item.number}: arrival ${item.followUp.arrival.arrivedOn}, ${item.followUp.plan ? 'a plan' : 'no plan'}, ${item.followUp.visits.length} visit(s); signed in as ${LAYLA}`);
  console.log('');
  console.log('| viewport | language | height as the page opens | with every follow-up part open |');
  console.log('| --- | --- | --: | --: |');
  for (const viewport of viewports) {
    const row = await measure(viewport, item.id);
    console.log(`| ${viewport.name} | ${row.lang} | ${row.shown} px | ${row.opened ? `${row.allOpen} px (${row.opened} parts opened)` : 'all open already'} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
