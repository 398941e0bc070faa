import { readFileSync } from 'node:fs';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { normaliseSwedishIdentityNumber } from '../../src/core/validation/identity-number.js';
import { consentOnNewCase, createCase, newCaseInput, referralWorld, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

const CREATE = 'mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }';

async function rowCounts() {
  const [row] = await t.owner<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM referral_case) AS cases, (SELECT count(*)::int FROM returnee) AS returnees,
            (SELECT count(*)::int FROM household_member) AS members, (SELECT count(*)::int FROM attachment) AS attachments,
            (SELECT coalesce(sum(last_number), 0)::int FROM case_number_counter) AS numbers`,
  );
  return row;
}

describe('Swedish personal identity numbers', () => {
  it('accept valid ones in every written form and normalise them', () => {
    expect(normaliseSwedishIdentityNumber('19811218-9876')).toBe('19811218-9876');
    expect(normaliseSwedishIdentityNumber('198112189876')).toBe('19811218-9876');
    expect(normaliseSwedishIdentityNumber('811218-9876', new Date('2026-01-01'))).toBe('19811218-9876');
    expect(normaliseSwedishIdentityNumber('121212+1212', new Date('2026-01-01'))).toBe('19121212-1212');
    expect(normaliseSwedishIdentityNumber('19701063-2391')).toBe('19701063-2391'); // coordination number: day + 60
  });

  it('refuse a wrong checksum, an impossible date, a future date and other shapes', () => {
    for (const bad of ['19811218-9875', '19811318-9870', '19810230-1234', '20991231-1234', '1981121-9876', 'abc', '19811218+9876']) {
      expect(normaliseSwedishIdentityNumber(bad), bad).toBeUndefined();
    }
  });
});

describe('identity numbers on a case', () => {
  it("keep another country's document number as written, in capitals", async () => {
    const created = await createCase(t, w.caseworker.token, { returnee: { ...newCaseInput().returnee, identityNumber: 'a1234567' } });
    expect((created as unknown as { returnee: { identityNumber: string } }).returnee.identityNumber).toBe('A1234567');
  });

  it('normalise a Swedish number given without century or separator', async () => {
    const created = await createCase(t, w.caseworker.token, { returnee: { ...newCaseInput().returnee, identityNumber: '811218 9876', dateOfBirth: '1981-12-18' } });
    expect((created as unknown as { returnee: { identityNumber: string } }).returnee.identityNumber).toBe('19811218-9876');
  });

  it('refuse something that is neither', async () => {
    const response = await t.gql(CREATE, { input: newCaseInput({ returnee: { ...newCaseInput().returnee, identityNumber: '<script>' } }) }, { token: w.caseworker.token });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'returnee.identityNumber' });
  });
});

describe('creating a case refuses bad input, naming the field, and writes nothing', () => {
  const cases: Array<[string, Record<string, unknown>, string, string]> = [
    ['a wrong checksum', { returnee: { ...newCaseInput().returnee, identityNumber: '19811218-9875', dateOfBirth: null } }, 'returnee.identityNumber', 'validation.identityNumber'],
    ['a number that contradicts the date of birth', { returnee: { ...newCaseInput().returnee, identityNumber: '19811218-9876', dateOfBirth: '1985-04-02' } }, 'returnee.identityNumber', 'birth'],
    ["a household member's bad number", { household: [{ firstName: 'A', lastName: 'B', sex: 'MALE', relation: 'CHILD', identityNumber: '20100101-0000' }] }, 'household.0.identityNumber', 'identity'],
    ['an unknown destination country', { destinationCountry: 'XX' }, 'destinationCountry', 'country'],
    ['an unknown citizenship', { returnee: { ...newCaseInput().returnee, citizenship: 'ZZ' } }, 'returnee.citizenship', 'country'],
    ['a birth date in the future', { returnee: { ...newCaseInput().returnee, dateOfBirth: '2999-01-01' } }, 'returnee.dateOfBirth', 'future'],
    ['a planned departure in the past', { plannedDeparture: '2001-01-01' }, 'plannedDeparture', 'past'],
    ['an impossible date', { plannedDeparture: '2027-02-30' }, 'plannedDeparture', 'not a valid date'],
    ['an empty first name', { returnee: { ...newCaseInput().returnee, firstName: '  ' } }, 'returnee.firstName', 'filled'],
    ['an over-long place', { destinationPlace: 'x'.repeat(201) }, 'destinationPlace', '200'],
    ['a responsible person who is no caseworker', { responsibleCaseworkerId: '00000000-0000-4000-8000-000000000000' }, 'responsibleCaseworkerId', 'caseworker'],
  ];
  for (const [name, overrides, field, hint] of cases) {
    it(name, async () => {
      const before = await rowCounts();
      const response = await t.gql(CREATE, { input: newCaseInput(overrides) }, { token: w.caseworker.token });
      expect(response.errors?.[0]?.extensions, name).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(response.errors?.[0]?.message.toLowerCase()).toContain(hint === 'validation.identityNumber' ? 'personal identity number' : hint);
      expect(await rowCounts()).toEqual(before);
    });
  }

  it('answers in Swedish for a Swedish user', async () => {
    await t.owner(`UPDATE app_user SET language = 'sv' WHERE id = $1`, [w.supervisor.id]);
    const response = await t.gql(CREATE, { input: newCaseInput({ destinationCountry: 'XX' }) }, { token: w.supervisor.token });
    expect(response.errors?.[0]?.message).toBe('Destinationsland: ”XX” är ingen känd landskod.');
    await t.owner(`UPDATE app_user SET language = 'en' WHERE id = $1`, [w.supervisor.id]);
  });
});

describe('other inputs', () => {
  it('an agreement whose dates are in the wrong order', async () => {
    const response = await t.gql(
      'mutation($input: ProposeAgreementInput!) { proposeAgreement(input: $input) { id } }',
      { input: { referenceNumber: 'R-1', title: 'T', partnerIds: [w.baghdad.id], scopes: ['REFERRALS'], validFrom: '2027-01-01', validTo: '2026-01-01' } },
      { token: w.coordinator.token },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'validTo' });
    expect(response.errors?.[0]?.message).toBe('Valid to cannot be before 2027-01-01.');
    expect((await t.owner(`SELECT 1 FROM cooperation_agreement WHERE reference_number = 'R-1'`)).length).toBe(0);
  });

  it('support granted in an unknown currency, and a negative amount', async () => {
    const created = await createCase(t, w.caseworker.token);
    const update = 'mutation($input: UpdateCaseInput!) { updateCase(input: $input) { id } }';
    const currency = await t.gql(update, { input: { id: created.id, version: created.version, supportGranted: { amountMinor: 100, currency: 'XYZ' } } }, { token: w.caseworker.token });
    expect(currency.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'supportGranted.currency' });
    const negative = await t.gql(update, { input: { id: created.id, version: created.version, supportGranted: { amountMinor: -5, currency: 'SEK' } } }, { token: w.caseworker.token });
    expect(negative.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'supportGranted.amountMinor' });
    const [row] = await t.owner<{ version: number }>('SELECT version FROM referral_case WHERE id = $1', [created.id]);
    expect(row!.version).toBe(created.version);
  });

  it('consent given in the future', async () => {
    const response = await consentOnNewCase(t, w, '2999-01-01');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'givenOn' });
  });
});

describe('uploading the signed form', () => {
  const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 32), Buffer.from('\n%%EOF\n')]);
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4c40000000049454e44ae426082', 'hex');
  const upload = (body: Buffer, contentType: string, token = w.caseworker.token, name = 'form.pdf') =>
    request(t.app.getHttpServer())
      .post('/attachments')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', contentType)
      .set('X-File-Name', encodeURIComponent(name))
      .set('Accept-Language', 'en')
      .send(body);

  it('accepts a PDF and a PNG, decided by their content, and gives them back to the owner only', async () => {
    const stored = await upload(pdf, 'application/pdf', w.caseworker.token, 'samtycke Åsa.pdf');
    expect(stored.status).toBe(201);
    expect(stored.body).toMatchObject({ fileName: 'samtycke Åsa.pdf', contentType: 'application/pdf', size: pdf.length });
    const image = await upload(png, 'application/octet-stream', w.caseworker.token, 'scan.png');
    expect(image.body).toMatchObject({ contentType: 'image/png' });
    const back = await request(t.app.getHttpServer()).get(`/attachments/${stored.body.id}`).set('Authorization', `Bearer ${w.caseworker.token}`).buffer(true);
    expect(back.status).toBe(200);
    expect(Buffer.from(back.body as Buffer).equals(pdf)).toBe(true);
    const other = await request(t.app.getHttpServer()).get(`/attachments/${stored.body.id}`).set('Authorization', `Bearer ${w.gothenburgCaseworker.token}`);
    expect(other.status).toBe(404);
    expect((await request(t.app.getHttpServer()).get(`/attachments/${stored.body.id}`)).status).toBe(401);
  });

  it('refuses files that lie about their type, files of other types, empty and too large files — and stores nothing', async () => {
    const before = await rowCounts();
    const lying = await upload(png, 'application/pdf');
    expect(lying.status).toBe(400);
    expect(lying.body).toEqual({ code: 'BAD_USER_INPUT', field: 'file', message: 'The file is not what its type says it is.' });
    const script = await upload(Buffer.from('<script>alert(1)</script>'), 'application/pdf');
    expect(script.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: 'Only PDF, PNG and JPEG files can be uploaded.' });
    const executable = await upload(readFileSync(process.execPath).subarray(0, 4096), 'image/jpeg', w.caseworker.token, 'photo.jpg');
    expect(executable.status).toBe(400);
    expect((await upload(Buffer.alloc(0), 'application/pdf')).body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file' });
    const huge = await upload(Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]), 'application/pdf');
    expect(huge.status).toBe(413);
    expect(huge.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: 'The file is too large; at most 10 MB.' });
    expect(await rowCounts()).toEqual(before);
  });

  it('is for caseworkers and supervisors, signed in', async () => {
    expect((await upload(pdf, 'application/pdf', 'not-a-token')).status).toBe(401);
    const analyst = await upload(pdf, 'application/pdf', w.analyst.token);
    expect(analyst.status).toBe(403);
    expect(analyst.body.code).toBe('FORBIDDEN');
  });
});
