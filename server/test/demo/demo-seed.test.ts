import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logging/logger.js';
import { DEMO_PASSWORD, demoOrganisations } from '../../src/modules/demo/demo-data.js';
import { seedDemoData } from '../../src/modules/demo/demo-seed.js';
import { Role, rolesByOrganisationKind } from '../../src/modules/users/role.enum.js';
import { login } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const silent = createLogger({ level: 'silent' });
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

async function snapshot() {
  return {
    organisations: await t.owner('SELECT * FROM organisation ORDER BY id'),
    users: await t.owner('SELECT * FROM app_user ORDER BY id'),
  };
}

describe('demo data', () => {
  it('fills an empty database with the seven demo organisations and people who can log in', async () => {
    const logins = await seedDemoData(t.ownerUrl, silent);
    const organisations = await t.owner<{ name: string; kind: string; country: string; default_language: string }>(
      'SELECT name, kind, country, default_language FROM organisation ORDER BY name',
    );
    expect(organisations).toHaveLength(7);
    expect(organisations.map((o) => o.name)).toEqual(
      expect.arrayContaining(['Stockholms stad, Frivillig återvandring', 'Göteborgs stad', 'Grad Prijedor', 'Općina Sanski Most', 'Grad Bihać']),
    );
    expect(organisations.filter((o) => o.kind === 'CLDD_OFFICE').map((o) => o.country).sort()).toEqual(['BA', 'IQ']);
    expect(logins.length).toBe(demoOrganisations.flatMap((o) => o.users).length);

    const baghdad = demoOrganisations.find((o) => o.country === 'IQ')!;
    expect(baghdad.users.every((u) => u.language === 'ar')).toBe(true);
    const bosnian = demoOrganisations.filter((o) => o.country === 'BA').flatMap((o) => o.users);
    expect(bosnian.every((u) => u.language === 'bs')).toBe(true);

    const session = await login(t, { email: baghdad.users[0]!.email, password: DEMO_PASSWORD });
    const me = await t.gql<{ me: { language: string; roles: string[]; organisation: { name: string } } }>(
      '{ me { language roles organisation { name } } }',
      {},
      { token: session.token },
    );
    expect(me.data?.me).toEqual({ language: 'ar', roles: ['PARTNER_CASEWORKER'], organisation: { name: baghdad.name } });
  });

  it('gives every organisation a coordinator and only roles that fit its kind', () => {
    for (const organisation of demoOrganisations) {
      expect(organisation.users.some((u) => u.roles.includes(Role.COORDINATOR)), organisation.name).toBe(true);
      const allowed = rolesByOrganisationKind[organisation.kind];
      for (const user of organisation.users) expect(user.roles.filter((r) => !allowed.includes(r)), user.email).toEqual([]);
    }
  });

  it('continues the demo case numbers: the next Stockholm case is number 8', async () => {
    const { token } = await login(t, { email: 'anna.lindqvist@stockholm.example', password: DEMO_PASSWORD });
    const created = await t.gql<{ createCase: { number: string } }>(
      'mutation($input: CreateCaseInput!) { createCase(input: $input) { number } }',
      { input: { returnee: { firstName: 'New', lastName: 'Case', sex: 'UNKNOWN', documentLanguage: 'sv' }, destinationCountry: 'BA', destinationPlace: 'Bihać' } },
      { token },
    );
    expect(created.data?.createCase.number).toBe(`STO-${new Date().getUTCFullYear()}-0008`);
  });

  it("fills each city's own contacts directory, a year of Stockholm's outreach and the city staff's questions", async () => {
    const directory = async (email: string) => {
      const { token } = await login(t, { email, password: DEMO_PASSWORD });
      const response = await t.gql<{
        contactOrganisations: { totalCount: number; edges: Array<{ node: { name: string; kind: string; focusCountries: string[] } }> };
        outreachActivities: { totalCount: number };
        staffConsultations: { totalCount: number };
      }>('{ contactOrganisations(first: 50) { totalCount edges { node { name kind focusCountries } } } outreachActivities(first: 1) { totalCount } staffConsultations(first: 1) { totalCount } }', {}, { token });
      expect(response.errors).toBeUndefined();
      return response.data!;
    };
    const stockholm = await directory('anna.lindqvist@stockholm.example');
    const kinds = stockholm.contactOrganisations.edges.map((e) => e.node.kind);
    expect(kinds).toEqual(expect.arrayContaining(['IMMIGRANT_ASSOCIATION', 'AUTHORITY', 'INTERNATIONAL_ORGANISATION', 'CITY_DEPARTMENT']));
    const associations = stockholm.contactOrganisations.edges.filter((e) => e.node.kind === 'IMMIGRANT_ASSOCIATION').flatMap((e) => e.node.focusCountries);
    expect(associations).toEqual(expect.arrayContaining(['IQ', 'SO', 'BA']));
    expect(stockholm.outreachActivities.totalCount).toBeGreaterThanOrEqual(24);
    expect(stockholm.staffConsultations.totalCount).toBeGreaterThanOrEqual(5);
    const gothenburg = await directory('lena.nilsson@goteborg.example');
    expect(gothenburg.contactOrganisations.totalCount).toBeGreaterThan(0);
    expect(gothenburg.contactOrganisations.totalCount).toBeLessThan(stockholm.contactOrganisations.totalCount);
    expect(gothenburg.contactOrganisations.edges.map((e) => e.node.name)).not.toContain('IOM Sverige');
  });

  it('attributes most of the cases to where their returnees came from: associations, outreach, a consultation, an authority', async () => {
    const { token } = await login(t, { email: 'anna.lindqvist@stockholm.example', password: DEMO_PASSWORD });
    const response = await t.gql<{ cases: { edges: Array<{ node: { source: { kind: string; contactOrganisation: { name: string } | null; outreachActivity: { title: string } | null; staffConsultation: { id: string } | null } | null } }> } }>(
      '{ cases(first: 50) { edges { node { source { kind contactOrganisation { name } outreachActivity { title } staffConsultation { id } } } } } }',
      {},
      { token },
    );
    expect(response.errors).toBeUndefined();
    const sources = response.data!.cases.edges.map((e) => e.node.source).filter((source) => source !== null);
    expect(sources.map((source) => source.kind)).toEqual(expect.arrayContaining(['ASSOCIATION', 'OUTREACH_ACTIVITY', 'CITY_DEPARTMENT', 'AUTHORITY', 'OWN_INITIATIVE']));
    expect(sources.map((source) => source.contactOrganisation?.name)).toContain('Somaliska föräldranätverket Järvafältet');
    expect(sources.filter((source) => source.kind === 'OUTREACH_ACTIVITY').every((source) => source.outreachActivity !== null)).toBe(true);
    expect(sources.find((source) => source.kind === 'CITY_DEPARTMENT')?.staffConsultation).not.toBeNull();
  });

  it('running it again changes nothing', async () => {
    const before = await snapshot();
    await seedDemoData(t.ownerUrl, silent);
    await seedDemoData(t.ownerUrl, silent);
    expect(await snapshot()).toEqual(before);
  });
});
