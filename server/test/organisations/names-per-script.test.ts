import { describe, expect, it } from 'vitest';
import { createUser } from '../support/fixtures.js';
import type { TestApp } from '../support/test-app.js';
import { createCase, referredCase, signedIn, supervisionWorld, worldForFile } from '../support/world.js';

// Names people can read (issue 11, point 4): an organisation's and a person's name as written, with
// a spelling in the other script that coordinators set and every reader's texts use.

const ORGANISATION_NAMES = /* GraphQL */ `
  mutation Names($input: UpdateOrganisationNamesInput!) { updateOrganisationNames(input: $input) { id name nameLatin nameArabic } }
`;
const ORGANISATION = /* GraphQL */ `query Organisation($id: ID) { organisation(id: $id) { id name nameLatin nameArabic } }`;
const USER_NAMES = /* GraphQL */ `
  mutation Names($input: UpdateUserNamesInput!) { updateUserNames(input: $input) { id name nameLatin nameArabic } }
`;
const CREATE_USER = /* GraphQL */ `mutation Create($input: CreateUserInput!) { createUser(input: $input) { id name nameLatin nameArabic } }`;
const CANDIDATES = /* GraphQL */ `query Candidates($partnerId: ID!) { supervisionCandidates(partnerId: $partnerId) { id name nameLatin nameArabic } }`;
const SEND_REFERRAL = /* GraphQL */ `mutation Send($input: SendReferralInput!) { sendReferral(input: $input) { id } }`;
const NOTIFICATIONS = /* GraphQL */ `{ notifications(first: 50) { edges { node { kind body referralId } } } }`;

const BAGHDAD_ARABIC = 'مركز التنمية المحلية والمغتربين – بغداد';
const STOCKHOLM_ARABIC = 'مدينة ستوكهولم';

async function namesWorld(t: TestApp) {
  const w = await supervisionWorld(t);
  const baghdadLatin = w.baghdad.name;
  // The Baghdad office writes its name in Arabic, and gives a Latin one for everyone else.
  const named = await t.gql(ORGANISATION_NAMES, { input: { name: BAGHDAD_ARABIC, nameLatin: baghdadLatin } }, { token: w.baghdadCoordinator.token });
  if (named.errors) throw new Error(JSON.stringify(named.errors));
  await t.owner('UPDATE organisation SET name_arabic = $2 WHERE id = $1', [w.stockholm.id, STOCKHOLM_ARABIC]);
  await t.owner("UPDATE app_user SET name = 'ليلى الراوي', name_latin = 'Layla Al-Rawi' WHERE id = $1", [w.baghdadCaseworker.id]);
  return {
    ...w,
    baghdadLatin,
    swedishCaseworker: await signedIn(t, w.stockholm, { roles: ['CASEWORKER'], language: 'sv' }),
    swedishCoordinator: await signedIn(t, w.stockholm, { roles: ['COORDINATOR'], language: 'sv' }),
  };
}

let t: TestApp;
let w: Awaited<ReturnType<typeof namesWorld>>;
worldForFile(namesWorld, (started) => ({ t, w } = started));

describe('an organisation’s names', () => {
  it('are set by its coordinator and read by everyone: the name as written and its spellings', async () => {
    const read = await t.gql<{ organisation: Record<string, string | null> }>(ORGANISATION, { id: w.baghdad.id }, { token: w.caseworker.token });
    expect(read.data!.organisation).toEqual({ id: w.baghdad.id, name: BAGHDAD_ARABIC, nameLatin: w.baghdadLatin, nameArabic: null });
    const [audit] = await t.owner<{ details: Record<string, unknown> }>(
      "SELECT details FROM audit_event WHERE action = 'organisation.update_names' AND entity_id = $1",
      [w.baghdad.id],
    );
    expect(audit!.details).toMatchObject({ nameLatin: w.baghdadLatin });
  });

  it('are changed by no one but a coordinator of the organisation', async () => {
    const refused = await t.gql(ORGANISATION_NAMES, { input: { name: 'Renamed', nameLatin: null } }, { token: w.baghdadCaseworker.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // In SQL too: a partner's caseworker, and another organisation's coordinator, change nothing.
    for (const actor of [
      { organisationId: w.baghdad.id, userId: w.baghdadCaseworker.id, roles: ['PARTNER_CASEWORKER'] },
      { organisationId: w.stockholm.id, userId: w.coordinator.id, roles: ['COORDINATOR'] },
    ]) {
      const outcome = await t.asAppRole(actor, (sql) => sql.attempt("UPDATE organisation SET name_latin = 'Hijacked' WHERE id = $1", [w.baghdad.id]));
      expect(outcome).toBe('ok 0');
    }
    const [row] = await t.owner<{ name_latin: string }>('SELECT name_latin FROM organisation WHERE id = $1', [w.baghdad.id]);
    expect(row!.name_latin).toBe(w.baghdadLatin);
  });

  it('refuses a spelling in the wrong script, naming the field in the caller’s language', async () => {
    const latin = await t.gql(ORGANISATION_NAMES, { input: { name: 'Stockholms stad', nameLatin: 'ستوكهولم' } }, { token: w.swedishCoordinator.token, language: 'sv' });
    expect(latin.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameLatin' });
    expect(latin.errors?.[0]?.message).toBe('Namn i latinsk skrift får bara innehålla latinska bokstäver, ingen arabisk skrift.');
    const arabic = await t.gql(ORGANISATION_NAMES, { input: { name: 'CLDD', nameArabic: 'Baghdad' } }, { token: w.baghdadCoordinator.token, language: 'ar' });
    expect(arabic.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameArabic' });
    expect(arabic.errors?.[0]?.message).toBe('يجب أن يحتوي الاسم بالحروف العربية على حروف عربية.');
    const bidi = await t.gql(ORGANISATION_NAMES, { input: { name: 'Stockholms stad', nameArabic: 'ستوكهولم\u202e' } }, { token: w.swedishCoordinator.token, language: 'sv' });
    expect(bidi.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameArabic' });
    const long = await t.gql(ORGANISATION_NAMES, { input: { name: 'Stockholms stad', nameLatin: 'x'.repeat(201) } }, { token: w.swedishCoordinator.token, language: 'sv' });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameLatin' });
    const [row] = await t.owner<{ name_latin: string | null; name_arabic: string | null }>('SELECT name_latin, name_arabic FROM organisation WHERE id = $1', [w.stockholm.id]);
    expect(row).toEqual({ name_latin: null, name_arabic: STOCKHOLM_ARABIC });
  });

  it('the database refuses a Latin spelling with Arabic letters as well', async () => {
    const outcome = await t.asAppRole({ organisationId: w.stockholm.id, userId: w.coordinator.id, roles: ['COORDINATOR'] }, (sql) =>
      sql.attempt("UPDATE organisation SET name_latin = 'ستوكهولم' WHERE id = $1", [w.stockholm.id]),
    );
    expect(outcome).toBe('23514');
  });
});

describe('a person’s names', () => {
  it('are given when a coordinator adds the person, and changed later by a coordinator', async () => {
    const created = await t.gql<{ createUser: { id: string; name: string; nameLatin: string | null } }>(
      CREATE_USER,
      { input: { email: `sara-${Date.now()}@test.example`, name: 'سارة', nameLatin: 'Sara', roles: ['PARTNER_CASEWORKER'], language: 'ar', password: 'a long enough password' } },
      { token: w.baghdadCoordinator.token },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createUser).toMatchObject({ name: 'سارة', nameLatin: 'Sara', nameArabic: null });
    const renamed = await t.gql(USER_NAMES, { input: { userId: created.data!.createUser.id, name: 'سارة حسن', nameLatin: 'Sara Hassan' } }, { token: w.baghdadCoordinator.token });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.updateUserNames).toMatchObject({ name: 'سارة حسن', nameLatin: 'Sara Hassan', nameArabic: null });
  });

  it('are refused in the wrong script, naming the field', async () => {
    const wrong = await t.gql(USER_NAMES, { input: { userId: w.baghdadCaseworker.id, name: 'ليلى الراوي', nameLatin: 'ليلى' } }, { token: w.baghdadCoordinator.token, language: 'ar' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nameLatin' });
    expect(wrong.errors?.[0]?.message).toBe('يجب أن يحتوي الاسم بالحروف اللاتينية على حروف لاتينية فقط، دون حروف عربية.');
  });

  it('are changed only by a coordinator of the person’s organisation, never by the person', async () => {
    const caseworker = await t.gql(USER_NAMES, { input: { userId: w.baghdadCaseworker.id, name: 'Layla' } }, { token: w.baghdadCaseworker.token });
    expect(caseworker.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const otherOrganisation = await t.gql(USER_NAMES, { input: { userId: w.baghdadCaseworker.id, name: 'Layla' } }, { token: w.coordinator.token });
    expect(otherOrganisation.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const self = await t.gql(USER_NAMES, { input: { userId: w.swedishCoordinator.id, name: 'Jag' } }, { token: w.swedishCoordinator.token, language: 'sv' });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'userId' });
    expect(self.errors?.[0]?.message).toBe('Du kan inte ändra ditt eget namn; en annan samordnare måste göra det.');
    const outcome = await t.asAppRole({ organisationId: w.stockholm.id, userId: w.coordinator.id, roles: ['COORDINATOR'] }, (sql) =>
      sql.attempt("UPDATE app_user SET name_latin = 'Hijacked' WHERE id = $1", [w.baghdadCaseworker.id]),
    );
    expect(outcome).toBe('ok 0');
    const [row] = await t.owner<{ name: string; name_latin: string }>('SELECT name, name_latin FROM app_user WHERE id = $1', [w.baghdadCaseworker.id]);
    expect(row).toEqual({ name: 'ليلى الراوي', name_latin: 'Layla Al-Rawi' });
  });

  it('reach the partner with their spellings, and no further than the name did', async () => {
    const candidates = await t.gql<{ supervisionCandidates: Array<Record<string, string | null>> }>(CANDIDATES, { partnerId: w.baghdad.id }, { token: w.supervisor.token });
    expect(candidates.errors).toBeUndefined();
    expect(candidates.data!.supervisionCandidates).toContainEqual({ id: w.baghdadCaseworker.id, name: 'ليلى الراوي', nameLatin: 'Layla Al-Rawi', nameArabic: null });
    const stranger = await createUser(t, w.gothenburg, { name: 'Göran' });
    const names = await t.asAppRole({ organisationId: w.baghdad.id, userId: w.baghdadCaseworker.id, roles: ['PARTNER_CASEWORKER'] }, (sql) =>
      sql.rows('SELECT id, name_latin FROM app_staff_names($1::uuid[])', [[stranger.id, w.caseworker.id]]),
    );
    expect(names.map((row) => row.id)).toEqual([w.caseworker.id]);
  });
});

describe('notifications name people and organisations in each recipient’s script', () => {
  it('a Swedish caseworker reads the Baghdad office’s Latin name, with the Arabic one beside it', async () => {
    const referred = await referredCase(t, { ...w, caseworker: w.swedishCaseworker });
    const accepted = await t.gql('mutation($id: ID!) { acceptReferral(id: $id) { status } }', { id: referred.referralId }, { token: w.baghdadCaseworker.token });
    expect(accepted.errors).toBeUndefined();
    const list = await t.gql<{ notifications: { edges: Array<{ node: { kind: string; body: string; referralId: string } }> } }>(NOTIFICATIONS, {}, { token: w.swedishCaseworker.token });
    const notice = list.data!.notifications.edges.map((e) => e.node).find((n) => n.kind === 'REFERRAL_ACCEPTED' && n.referralId === referred.referralId);
    expect(notice!.body).toContain(`\u2068${w.baghdadLatin}\u2069 (\u2068${BAGHDAD_ARABIC}\u2069)`);
  });

  it('the Baghdad caseworker reads Stockholm’s Arabic name, with the name as written beside it', async () => {
    const referred = await referredCase(t, w);
    const list = await t.gql<{ notifications: { edges: Array<{ node: { kind: string; body: string; referralId: string } }> } }>(NOTIFICATIONS, {}, { token: w.baghdadCaseworker.token });
    const notice = list.data!.notifications.edges.map((e) => e.node).find((n) => n.kind === 'REFERRAL_RECEIVED' && n.referralId === referred.referralId);
    expect(notice!.body).toContain(`\u2068${STOCKHOLM_ARABIC}\u2069 (\u2068${w.stockholm.name}\u2069)`);
  });

  it('an expired referral names the partner in each recipient’s script too (app_expire_referrals)', async () => {
    const referred = await referredCase(t, { ...w, caseworker: w.swedishCaseworker });
    await t.owner("UPDATE referral SET expires_at = now() - interval '1 minute' WHERE id = $1", [referred.referralId]);
    await t.owner('SELECT count(*) FROM app_expire_referrals()');
    const list = await t.gql<{ notifications: { edges: Array<{ node: { kind: string; body: string; referralId: string } }> } }>(NOTIFICATIONS, {}, { token: w.swedishCaseworker.token });
    const notice = list.data!.notifications.edges.map((e) => e.node).find((n) => n.kind === 'REFERRAL_EXPIRED' && n.referralId === referred.referralId);
    expect(notice!.body).toContain(`\u2068${w.baghdadLatin}\u2069 (\u2068${BAGHDAD_ARABIC}\u2069)`);
  });
});


describe('errors name a partner in the caller’s script', () => {
  it('a Swedish caseworker reads the Baghdad office’s Latin name with the Arabic beside it; an Arabic reader reads it as written', async () => {
    const created = await createCase(t, w.swedishCaseworker.token);
    const input = { caseId: created.id, partnerId: w.baghdad.id, sections: ['IDENTITY'] };
    const swedish = await t.gql(SEND_REFERRAL, { input }, { token: w.swedishCaseworker.token, language: 'sv' });
    expect(swedish.errors?.[0]?.extensions?.code).toBe('CONSENT_MISSING');
    expect(swedish.errors?.[0]?.message).toBe(`Återvändaren har inte samtyckt till att något delas med \u2068${w.baghdadLatin}\u2069 (\u2068${BAGHDAD_ARABIC}\u2069).`);

    const arabicReader = await signedIn(t, w.stockholm, { roles: ['CASEWORKER'], language: 'ar' });
    const theirs = await createCase(t, arabicReader.token);
    const arabic = await t.gql(SEND_REFERRAL, { input: { ...input, caseId: theirs.id } }, { token: arabicReader.token, language: 'ar' });
    expect(arabic.errors?.[0]?.message).toBe(`لم يوافق العائد على مشاركة أي شيء مع \u2068${BAGHDAD_ARABIC}\u2069.`);
  });
});
