import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browserForSuite, fillNewCase, logIn, portal, BAGHDAD_OPTION_SV } from './support/portal.js';
import { sha256, uniquePdf } from './support/pdf-files.js';

const ANNA = 'anna.lindqvist@stockholm.example'; // Stockholm caseworker, Swedish

/**
 * The signed consent form comes back as it went in: downloaded through the case page's own
 * button (with the session's token, as a browser download), byte for byte.
 */
describe.skipIf(!portal)('the signed consent form', () => {
  const browser = browserForSuite();

  it('a Stockholm caseworker records consent with a signed form and downloads the same bytes', async () => {
    const { page } = browser();
    const form = uniquePdf({ size: 256, binaryMarker: true });
    await logIn(page, ANNA);
    await fillNewCase(page, { firstName: 'Samira', lastName: 'Haddad', dateOfBirth: '1991-03-02' });
    await page.getByTestId('case-form-submit').click();
    await page.getByTestId('case-title').waitFor();

    await page.getByTestId('record-consent').click();
    const consentForm = page.getByTestId('record-consent-form');
    await consentForm.waitFor();
    await page.getByTestId('consent-partner').selectOption({ label: BAGHDAD_OPTION_SV });
    await consentForm.getByRole('checkbox', { name: /^Identitet/ }).check();
    await consentForm.locator('input[type="file"]').setInputFiles({ name: 'samtycke-samira.pdf', mimeType: 'application/pdf', buffer: form });
    await page.getByTestId('record-consent-submit').click();
    const row = page.getByTestId('consent-row').first();
    await row.getByTestId('download-consent-form').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('download-consent-form').click()]);
    expect(download.suggestedFilename()).toBe('samtycke-samira.pdf');
    const saved = await readFile((await download.path())!);
    expect(saved.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(sha256(saved)).toBe(sha256(form));
    await browser().screenshot('signed-form-downloaded-sv');
  });
});
