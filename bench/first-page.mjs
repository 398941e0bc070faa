// `node bench/first-page.mjs`: what the login page costs a partner office's connection (issue 11,
// point 7). Serves the BUILT client from the built server (npm run build), opens /login in Debian's
// Chromium and records every file the page loads before the login form shows: its size, how it
// was served (the build precompresses: br or gz), the bytes sent over the wire, and gzip / brotli
// at their highest levels. Then the same
// with the network of the measurement (1.6 Mbit/s down, 150 ms latency): the time until the
// form is there. Prints figures; asserts nothing.
import { existsSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startBuiltServer } from './lib/built-server.mjs';

const clientDist = new URL('../client/dist/', import.meta.url).pathname;
if (!existsSync(`${clientDist}index.html`)) throw new Error('client/dist is missing: run `npm run build` first.');
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
if (!chromiumPath) throw new Error('no Chromium: apt-get install chromium');

const server = await startBuiltServer({ clientDist });
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });

/** Opens /login on a fresh page; the files it loaded and the ms until the login form showed. */
async function openLogin(network) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (network) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  const files = [];
  const pending = [];
  // Only what the page asked for before the form showed: what it fetches afterwards (Apollo's
  // chunk, preloaded when the browser is idle, for the pages after signing in) is not its cost.
  let shown = false;
  const before = new Set();
  page.on('request', (request) => {
    if (!shown) before.add(request);
  });
  page.on('response', (response) => pending.push(record(response)));
  async function record(response) {
    if (!before.has(response.request())) return;
    const type = response.request().resourceType();
    if (!['script', 'stylesheet', 'document'].includes(type)) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    const encoding = response.headers()['content-encoding'] ?? 'none';
    // What went over the wire: the body as encoded (brotli, gzip or not at all).
    const sent = (await response.request().sizes().catch(() => ({ responseBodySize: body.length }))).responseBodySize;
    files.push({ url: new URL(response.url()).pathname, type, raw: body.length, encoding, sent, body });
  }
  const started = performance.now();
  await page.goto(`${server.baseUrl}/login`);
  await page.getByTestId('login-email').waitFor({ timeout: 120_000 });
  const ms = performance.now() - started;
  shown = true;
  await Promise.all(pending);
  await context.close();
  return { files, ms };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
try {
  const { files } = await openLogin();
  const rows = files.map((file) => ({
    ...file,
    gzip: gzipSync(file.body, { level: 9 }).length,
    brotli: brotliCompressSync(file.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  }));
  console.log('| file | type | bytes | served as | sent | gzip -9 | brotli 11 |');
  console.log('| --- | --- | --: | --- | --: | --: | --: |');
  for (const row of rows.sort((a, b) => b.raw - a.raw)) {
    console.log(`| ${row.url} | ${row.type} | ${kb(row.raw)} | ${row.encoding} | ${kb(row.sent)} | ${kb(row.gzip)} | ${kb(row.brotli)} |`);
  }
  const scripts = rows.filter((row) => row.type === 'script');
  const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
  console.log(`\nJavaScript before the login form: ${scripts.length} files, ${kb(sum(scripts, 'raw'))}; gzip ${kb(sum(scripts, 'gzip'))}; brotli ${kb(sum(scripts, 'brotli'))} (budget: 200 KB gzip)`);
  console.log(`Everything it loaded: ${kb(sum(rows, 'raw'))}, sent as ${kb(sum(rows, 'sent'))} (${[...new Set(rows.map((row) => row.encoding))].join(', ')})`);

  // 1.6 Mbit/s down, 0.75 up, 150 ms latency: the partner office connection of issue 11.
  const slow = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (0.75 * 1024 * 1024) / 8 };
  const times = [];
  for (let i = 0; i < 3; i += 1) times.push((await openLogin(slow)).ms);
  times.sort((a, b) => a - b);
  console.log(`Login form shown at 1.6 Mbit/s, 150 ms latency (median of 3, empty cache): ${(times[1] / 1000).toFixed(1)} s`);
} finally {
  await browser.close();
  await server.close();
}
