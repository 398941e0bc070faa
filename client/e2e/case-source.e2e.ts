import { describe, expect, it } from 'vitest';
import { browserForSuite, fillNewCase, logIn, portal } from './support/portal.js';

// On a phone (390 px), a caseworker opens a case for a returnee who came through a Somali
// association of the demo directory: the source is chosen by searching the directory, and the
// case page then says where the returnee came from, with a link to the association.

const JOHAN = 'johan.berg@stockholm.example'; // Stockholm caseworker, Swedish

describe.skipIf(!portal)('where a returnee came from', () => {
  const browser = browserForSuite();

  it('a new case is attributed to a Somali association on a phone', async () => {
    const { page, screenshot } = browser();
    // Signed in at desktop width (the organisation's name, which the login waits for, is in the phone's menu).
    await logIn(page, JOHAN);
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await fillNewCase(page, { firstName: 'Ifrah', lastName: 'Guuleed', dateOfBirth: '1991-02-03' });
      await page.locator('[data-path="source.kind"]').selectOption('ASSOCIATION');
      const association = page.locator('[data-path="source.contactOrganisationId"]');
      await association.click();
      await association.pressSequentially('föräldra');
      await page.getByRole('option', { name: /Somaliska föräldranätverket/ }).click();
      // Nothing sticks out of a phone's width.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot('case-source-phone-form');

      await page.getByTestId('case-form-submit').click();
      const card = page.getByTestId('case-source-card');
      await card.waitFor();
      const link = card.getByTestId('case-source-contact');
      expect(await link.innerText()).toContain('Somaliska föräldranätverket Järvafältet');
      expect(await link.getAttribute('href')).toMatch(/^\/contacts\/[0-9a-f-]{36}$/);
      await screenshot('case-source-phone-page');
    } finally {
      await page.setViewportSize({ width: 1280, height: 860 });
    }
  });
});
