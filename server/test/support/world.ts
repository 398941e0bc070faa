// The shared test world: organisations of every kind, their people signed in, agreements between
// them, and cases at each step (created, consented, referred, accepted). Each test file builds its
// own (names carry a random tag), so no test depends on another's data or order.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import { createOrganisation, createUser, login, type TestOrganisation, type TestUser } from './fixtures.js';
import { startTestApp, type TestApp } from './test-app.js';

/** A signed-in person of a test world: who they are, and the token to act as them. */
export interface Person extends TestUser {
  token: string;
}

/** A new user of `organisation`, signed in. */
export async function signedIn(t: TestApp, organisation: TestOrganisation, values: Parameters<typeof createUser>[2] = {}): Promise<Person> {
  const user = await createUser(t, organisation, values);
  return { ...user, token: (await login(t, user)).token };
}

function person(t: TestApp, organisation: TestOrganisation, roles: string[], language = 'en'): Promise<Person> {
  return signedIn(t, organisation, { roles, language });
}

export async function createAgreement(
  t: TestApp,
  values: { parties: string[]; scopes?: string[]; from?: string; to?: string; responseDays?: number; unconfirmed?: string[] },
): Promise<string> {
  const [{ id }] = await t.owner<{ id: string }>(
    `INSERT INTO cooperation_agreement (reference_number, title, scopes, valid_from, valid_to, response_time_days, proposed_by_organisation_id)
     VALUES ($1, 'Test agreement', $2, $3, $4, $5, $6) RETURNING id`,
    [
      `REF-${randomUUID().slice(0, 8)}`,
      values.scopes ?? ['REFERRALS', 'FOLLOW_UP'],
      values.from ?? '2020-01-01',
      values.to ?? '2099-12-31',
      values.responseDays ?? 7,
      values.parties[0],
    ],
  );
  for (const party of values.parties) {
    await t.owner('INSERT INTO agreement_party (agreement_id, organisation_id, confirmed_at) VALUES ($1, $2, $3)', [
      id,
      party,
      values.unconfirmed?.includes(party) ? null : new Date(),
    ]);
  }
  return id;
}

export const CASE_FIELDS = /* GraphQL */ `
  id number status version visibleSections viewerIsOwner
  returnee { firstName lastName identityNumber }
  contact { phone }
  household { id firstName travels }
  needs { description }
  health { information }
  referrals { id status sections to { id } }
`;

export function newCaseInput(overrides: Record<string, unknown> = {}) {
  return {
    returnee: { firstName: 'Amina', lastName: 'Testsson', sex: 'FEMALE', documentLanguage: 'ar', languages: ['ar'], dateOfBirth: '1985-04-02' },
    contact: { phone: '+46 70 000 00 00' },
    household: [{ firstName: 'Omar', lastName: 'Testsson', sex: 'MALE', relation: 'CHILD', travels: true }],
    needs: 'Housing for three months.',
    health: { information: 'Needs insulin.', vulnerabilities: ['chronic illness'] },
    destinationCountry: 'IQ',
    destinationPlace: 'Baghdad',
    ...overrides,
  };
}

/**
 * Stockholm (referring city), Gothenburg (a city without referrals to Stockholm's partners…
 * except Prijedor), CLDD Baghdad and Prijedor, with people in every role and agreements in force
 * between Stockholm and both partners and between Gothenburg and Prijedor.
 */
export async function referralWorld(t: TestApp) {
  const tag = randomUUID().slice(0, 4).toUpperCase().replace(/[^A-Z]/g, 'X');
  const stockholm = await createOrganisation(t, { name: `Stockholm ${tag}`, prefix: `S${tag}`.slice(0, 5) });
  const gothenburg = await createOrganisation(t, { name: `Gothenburg ${tag}`, prefix: `G${tag}`.slice(0, 5) });
  const baghdad = await createOrganisation(t, { name: `CLDD Baghdad ${tag}`, kind: 'CLDD_OFFICE', country: 'IQ', language: 'ar', timeZone: 'Asia/Baghdad' });
  const prijedor = await createOrganisation(t, { name: `Prijedor ${tag}`, kind: 'MUNICIPALITY', country: 'BA', language: 'bs', timeZone: 'Europe/Sarajevo' });
  const world = {
    stockholm,
    gothenburg,
    baghdad,
    prijedor,
    caseworker: await person(t, stockholm, ['CASEWORKER']),
    supervisor: await person(t, stockholm, ['SUPERVISOR']),
    coordinator: await person(t, stockholm, ['COORDINATOR']),
    analyst: await person(t, stockholm, ['ANALYST']),
    gothenburgCaseworker: await person(t, gothenburg, ['CASEWORKER']),
    gothenburgCoordinator: await person(t, gothenburg, ['COORDINATOR']),
    baghdadCaseworker: await person(t, baghdad, ['PARTNER_CASEWORKER'], 'ar'),
    baghdadCoordinator: await person(t, baghdad, ['COORDINATOR'], 'ar'),
    prijedorCaseworker: await person(t, prijedor, ['PARTNER_CASEWORKER'], 'bs'),
    agreements: {
      stockholmBaghdad: await createAgreement(t, { parties: [stockholm.id, baghdad.id], responseDays: 14 }),
      stockholmPrijedor: await createAgreement(t, { parties: [stockholm.id, prijedor.id] }),
      gothenburgPrijedor: await createAgreement(t, { parties: [gothenburg.id, prijedor.id] }),
    },
  };
  return world;
}

export type ReferralWorld = Awaited<ReturnType<typeof referralWorld>>;

export async function createCase(t: TestApp, token: string, overrides: Record<string, unknown> = {}) {
  const response = await t.gql<{ createCase: { id: string; number: string; version: number } }>(
    `mutation($input: CreateCaseInput!) { createCase(input: $input) { ${CASE_FIELDS} } }`,
    { input: newCaseInput(overrides) },
    { token },
  );
  if (!response.data?.createCase) throw new Error(`createCase failed: ${JSON.stringify(response.errors)}`);
  return response.data.createCase;
}

export async function recordConsent(t: TestApp, token: string, caseId: string, partnerId: string, sections: string[]) {
  const response = await t.gql<{ recordConsent: { id: string } }>(
    'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id active sections } }',
    { input: { caseId, partnerId, sections, givenOn: new Date().toISOString().slice(0, 10) } },
    { token },
  );
  if (!response.data?.recordConsent) throw new Error(`recordConsent failed: ${JSON.stringify(response.errors)}`);
  return response.data.recordConsent;
}

/** Consent to Baghdad given on `givenOn`, recorded for a new case of Stockholm's: the answer as it comes, refused or not. */
export async function consentOnNewCase(t: TestApp, world: ReferralWorld, givenOn: string) {
  const created = await createCase(t, world.caseworker.token);
  return t.gql(
    'mutation($input: RecordConsentInput!) { recordConsent(input: $input) { id } }',
    { input: { caseId: created.id, partnerId: world.baghdad.id, sections: ['IDENTITY'], givenOn } },
    { token: world.caseworker.token },
  );
}

export async function sendReferral(t: TestApp, token: string, caseId: string, partnerId: string, sections: string[]) {
  const response = await t.gql<{ sendReferral: { id: string; status: string } }>(
    'mutation($input: SendReferralInput!) { sendReferral(input: $input) { id status sections expiresAt } }',
    { input: { caseId, partnerId, sections } },
    { token },
  );
  if (!response.data?.sendReferral) throw new Error(`sendReferral failed: ${JSON.stringify(response.errors)}`);
  return response.data.sendReferral;
}

/** A case of Stockholm referred to Baghdad with the given sections (consent covering them). */
export async function referredCase(t: TestApp, world: ReferralWorld, sections = ['IDENTITY', 'CONTACT', 'HOUSEHOLD', 'NEEDS', 'HEALTH']) {
  const created = await createCase(t, world.caseworker.token);
  await recordConsent(t, world.caseworker.token, created.id, world.baghdad.id, sections);
  const referral = await sendReferral(t, world.caseworker.token, created.id, world.baghdad.id, sections);
  return { caseId: created.id, number: created.number, referralId: referral.id };
}

/** A Stockholm case referred to Baghdad and accepted (FOLLOW_UP is in the world's agreements). */
export async function acceptedCase(t: TestApp, w: ReferralWorld, sections = ['IDENTITY', 'CONTACT', 'NEEDS']) {
  const referred = await referredCase(t, w, sections);
  const accepted = await t.gql('mutation($id: ID!) { acceptReferral(id: $id) { status } }', { id: referred.referralId }, { token: w.baghdadCaseworker.token });
  if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
  return referred;
}

/** The referral world, with a SUPERVISION agreement between Stockholm and Baghdad. */
export async function supervisionWorld(t: TestApp) {
  const w = await referralWorld(t);
  const supervision = await createAgreement(t, { parties: [w.stockholm.id, w.baghdad.id], scopes: ['SUPERVISION'] });
  return { ...w, supervisionAgreement: supervision };
}

/**
 * A test app with a world built in it, for one test file: built before its tests (a world that
 * fails to build closes its app before the error goes on) and closed after them. `assign` hands
 * both to the file: `worldForFile(referralWorld, (started) => ({ t, w } = started))`.
 */
export function worldForFile<W>(
  build: (t: TestApp) => Promise<W>,
  assign: (started: { t: TestApp; w: W }) => void,
  env: Record<string, string> = {},
): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp(env);
    try {
      assign({ t: app, w: await build(app) });
    } catch (error) {
      await app.close();
      app = undefined;
      throw error;
    }
  });
  afterAll(async () => app?.close());
}

let directoryEntries = 0;

/** A directory entry of the token's organisation, under a name of its own: its id. */
export async function createContactEntry(t: TestApp, token: string, kind = 'IMMIGRANT_ASSOCIATION'): Promise<string> {
  const response = await t.gql<{ createContactOrganisation: { id: string } }>(
    'mutation($name: String!, $kind: ContactKind!) { createContactOrganisation(input: { name: $name, kind: $kind }) { id } }',
    { name: `Somali Hearth ${++directoryEntries} ${randomUUID().slice(0, 6)}`, kind },
    { token },
  );
  if (!response.data) throw new Error(`createContactOrganisation failed: ${JSON.stringify(response.errors)}`);
  return response.data.createContactOrganisation.id;
}

/** An information meeting ('Evening on return') with the entry: its id. */
export async function recordMeeting(t: TestApp, token: string, contactId: string): Promise<string> {
  const response = await t.gql<{ recordOutreachActivity: { id: string } }>(
    'mutation($id: ID!) { recordOutreachActivity(input: { kind: INFORMATION_MEETING, heldOn: "2026-10-01", title: "Evening on return", contactOrganisationIds: [$id] }) { id } }',
    { id: contactId },
    { token },
  );
  if (!response.data) throw new Error(`recordOutreachActivity failed: ${JSON.stringify(response.errors)}`);
  return response.data.recordOutreachActivity.id;
}

/** A city department's question about the return grant, by phone: its id. */
export async function recordConsultation(t: TestApp, token: string): Promise<string> {
  const response = await t.gql<{ recordStaffConsultation: { id: string } }>(
    'mutation { recordStaffConsultation(input: { heldOn: "2026-10-02", department: "Socialtjänsten Rinkeby", channel: PHONE, topic: RETURN_SUPPORT, question: "What does the return grant cover?" }) { id } }',
    {},
    { token },
  );
  if (!response.data) throw new Error(`recordStaffConsultation failed: ${JSON.stringify(response.errors)}`);
  return response.data.recordStaffConsultation.id;
}

/** A directory entry, a meeting with it and a consultation, all of the token's organisation. */
export async function outreachRecords(t: TestApp, token: string) {
  const contactId = await createContactEntry(t, token);
  return { contactId, activityId: await recordMeeting(t, token, contactId), consultationId: await recordConsultation(t, token) };
}

/**
 * A session Stockholm's supervisor holds with Baghdad's caseworker (the world needs a SUPERVISION
 * agreement, as supervisionWorld's): its id. `input` adds to the defaults or replaces them.
 */
export async function createSupervisionSession(t: TestApp, world: ReferralWorld, input: Record<string, unknown> = {}): Promise<string> {
  const response = await t.gql<{ createSupervisionSession: { id: string } }>(
    'mutation($input: CreateSupervisionSessionInput!) { createSupervisionSession(input: $input) { id } }',
    { input: { partnerId: world.baghdad.id, heldOn: '2026-01-01', mode: 'VIDEO', participantIds: [world.baghdadCaseworker.id], ...input } },
    { token: world.supervisor.token },
  );
  if (!response.data) throw new Error(`createSupervisionSession failed: ${JSON.stringify(response.errors)}`);
  return response.data.createSupervisionSession.id;
}
