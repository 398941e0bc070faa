import { describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/modules/demo/demo-seed.js';
import { createLogger } from '../../src/core/logging/logger.js';
import { login } from '../support/fixtures.js';
import { createAgreement, createCase, recordConsent, referralWorld, sendReferral, worldForFile, type ReferralWorld } from '../support/world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

const PROPOSE = 'mutation($input: ProposeAgreementInput!) { proposeAgreement(input: $input) { id status viewerCanConfirm viewerCanTerminate parties { organisation { id } confirmedAt } } }';
const AGREEMENT = 'query($id: ID!) { agreement(id: $id) { status viewerCanConfirm viewerCanTerminate terminationReason terminatedBy { id } parties { organisation { id } confirmedAt } } }';

describe('cooperation agreements', () => {
  it('are in force only once every party confirmed, and only between their dates', async () => {
    const proposed = await t.gql<{ proposeAgreement: { id: string; status: string; parties: Array<{ confirmedAt: string | null }> } }>(
      PROPOSE,
      { input: { referenceNumber: 'SF-2026/1', title: 'Gothenburg and Baghdad', partnerIds: [w.baghdad.id], scopes: ['REFERRALS'], validFrom: '2026-01-01', validTo: '2030-12-31' } },
      { token: w.gothenburgCoordinator.token },
    );
    expect(proposed.errors).toBeUndefined();
    const id = proposed.data!.proposeAgreement.id;
    expect(proposed.data!.proposeAgreement.status).toBe('PROPOSED');
    expect((await t.gql<{ referralPartners: Array<{ id: string }> }>('{ referralPartners { id } }', {}, { token: w.gothenburgCaseworker.token })).data?.referralPartners.map((o) => o.id)).not.toContain(w.baghdad.id);

    const seen = await t.gql<{ agreement: { viewerCanConfirm: boolean } }>(AGREEMENT, { id }, { token: w.baghdadCoordinator.token });
    expect(seen.data?.agreement.viewerCanConfirm).toBe(true);
    expect((await t.gql(AGREEMENT, { id }, { token: w.baghdadCaseworker.token })).data).toMatchObject({ agreement: { viewerCanConfirm: false } });
    const confirmed = await t.gql<{ confirmAgreement: { status: string } }>('mutation($id: ID!) { confirmAgreement(id: $id) { status } }', { id }, { token: w.baghdadCoordinator.token });
    expect(confirmed.data?.confirmAgreement.status).toBe('IN_FORCE');
    expect((await t.gql<{ referralPartners: Array<{ id: string }> }>('{ referralPartners { id } }', {}, { token: w.gothenburgCaseworker.token })).data?.referralPartners.map((o) => o.id)).toContain(w.baghdad.id);
    expect((await t.gql('mutation($id: ID!) { confirmAgreement(id: $id) { status } }', { id }, { token: w.baghdadCoordinator.token })).errors?.[0]?.extensions?.code).toBe('INVALID_TRANSITION');

    await t.owner(`UPDATE cooperation_agreement SET valid_from = current_date + 1 WHERE id = $1`, [id]);
    expect((await t.gql(AGREEMENT, { id }, { token: w.baghdadCoordinator.token })).data).toMatchObject({ agreement: { status: 'NOT_YET_VALID' } });
    await t.owner(`UPDATE cooperation_agreement SET valid_from = '2020-01-01', valid_to = current_date - 1 WHERE id = $1`, [id]);
    expect((await t.gql(AGREEMENT, { id }, { token: w.baghdadCoordinator.token })).data).toMatchObject({ agreement: { status: 'EXPIRED', viewerCanTerminate: false } });
  });

  it('any party may terminate, with a reason; it stops at once', async () => {
    const id = await createAgreement(t, { parties: [w.gothenburg.id, w.baghdad.id] });
    const before = await t.gql<{ agreement: { status: string; viewerCanTerminate: boolean } }>(AGREEMENT, { id }, { token: w.baghdadCoordinator.token });
    expect(before.data?.agreement).toMatchObject({ status: 'IN_FORCE', viewerCanTerminate: true });
    const noReason = await t.gql('mutation($id: ID!) { terminateAgreement(id: $id, reason: " ") { status } }', { id }, { token: w.baghdadCoordinator.token });
    expect(noReason.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const ended = await t.gql<{ terminateAgreement: { status: string; terminationReason: string; terminatedBy: { id: string } } }>(
      'mutation($id: ID!) { terminateAgreement(id: $id, reason: "The office closes") { status terminationReason terminatedBy { id } } }',
      { id },
      { token: w.baghdadCoordinator.token },
    );
    expect(ended.data?.terminateAgreement).toEqual({ status: 'TERMINATED', terminationReason: 'The office closes', terminatedBy: { id: w.baghdad.id } });
  });

  it('are visible to their parties only, and changed by coordinators only', async () => {
    const id = w.agreements.stockholmBaghdad;
    expect((await t.gql(AGREEMENT, { id }, { token: w.gothenburgCoordinator.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(AGREEMENT, { id }, { token: w.prijedorCaseworker.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql('mutation($id: ID!) { terminateAgreement(id: $id, reason: "x") { status } }', { id }, { token: w.gothenburgCoordinator.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql('mutation($id: ID!) { terminateAgreement(id: $id, reason: "x") { status } }', { id }, { token: w.caseworker.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await t.gql<{ agreements: { edges: Array<{ node: { referenceNumber: string } }> } }>('{ agreements(first: 50) { edges { node { referenceNumber } } } }', {}, { token: w.prijedorCaseworker.token });
    expect(list.data?.agreements.edges).toHaveLength(2); // Stockholm–Prijedor and Gothenburg–Prijedor
  });

  it('the 2012 letter of intent between Stockholm and Gothenburg is in the demo data, and expired', async () => {
    const demo = await startTestApp();
    try {
      await seedDemoData(demo.ownerUrl, createLogger({ level: 'silent' }));
      const { token } = await login(demo, { email: 'karin.holm@stockholm.example', password: 'Cirkel-demo-2026' });
      const list = await demo.gql<{ agreements: { edges: Array<{ node: { referenceNumber: string; title: string; status: string; validFrom: string; validTo: string } }> } }>(
        '{ agreements(first: 50) { edges { node { referenceNumber title status validFrom validTo } } } }',
        {},
        { token },
      );
      const letter = list.data!.agreements.edges.map((e) => e.node).find((a) => a.title.includes('augusti 2012'));
      expect(letter).toMatchObject({ status: 'EXPIRED', validFrom: '2013-01-01', validTo: '2014-12-31' });
      expect(list.data!.agreements.edges.filter((e) => e.node.status === 'IN_FORCE')).toHaveLength(5);
    } finally {
      await demo.close();
    }
  });
});

describe('sending a referral', () => {
  const SEND = 'mutation($input: SendReferralInput!) { sendReferral(input: $input) { id } }';

  it('needs an agreement with REFERRALS in force, and says so', async () => {
    const created = await createCase(t, w.gothenburgCaseworker.token);
    await recordConsent(t, w.gothenburgCaseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    const response = await t.gql(SEND, { input: { caseId: created.id, partnerId: w.baghdad.id, sections: ['IDENTITY'] } }, { token: w.gothenburgCaseworker.token });
    expect(response.errors?.[0]?.extensions?.code).toBe('AGREEMENT_MISSING');
    expect(response.errors?.[0]?.message).toBe(`There is no cooperation agreement with referrals in force with \u2068${w.baghdad.name}\u2069.`);
    // An agreement without the REFERRALS scope is not enough either.
    await createAgreement(t, { parties: [w.gothenburg.id, w.baghdad.id], scopes: ['SUPERVISION'] });
    expect((await t.gql(SEND, { input: { caseId: created.id, partnerId: w.baghdad.id, sections: ['IDENTITY'] } }, { token: w.gothenburgCaseworker.token })).errors?.[0]?.extensions?.code).toBe(
      'AGREEMENT_MISSING',
    );
  });

  it('needs consent for every section sent, and names the ones missing in the user’s language', async () => {
    const created = await createCase(t, w.caseworker.token);
    const none = await t.gql(SEND, { input: { caseId: created.id, partnerId: w.baghdad.id, sections: ['IDENTITY'] } }, { token: w.caseworker.token });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_MISSING', missingSections: ['IDENTITY'] });
    await recordConsent(t, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY', 'CONTACT']);
    await t.owner(`UPDATE app_user SET language = 'bs' WHERE id = $1`, [w.caseworker.id]);
    const partial = await t.gql(SEND, { input: { caseId: created.id, partnerId: w.baghdad.id, sections: ['IDENTITY', 'HEALTH', 'NEEDS'] } }, { token: w.caseworker.token });
    await t.owner(`UPDATE app_user SET language = 'en' WHERE id = $1`, [w.caseworker.id]);
    expect(partial.errors?.[0]?.extensions).toMatchObject({ code: 'CONSENT_MISSING', missingSections: ['HEALTH', 'NEEDS'] });
    expect(partial.errors?.[0]?.message).toBe(`Saglasnost za organizaciju \u2068${w.baghdad.name}\u2069 ne obuhvata: zdravlje i potrebe.`);
    expect((await t.owner('SELECT 1 FROM referral WHERE case_id = $1', [created.id])).length).toBe(0);
    // Consent for another partner does not count either.
    await recordConsent(t, w.caseworker.token, created.id, w.prijedor.id, ['HEALTH', 'NEEDS']);
    expect((await t.gql(SEND, { input: { caseId: created.id, partnerId: w.baghdad.id, sections: ['HEALTH'] } }, { token: w.caseworker.token })).errors?.[0]?.extensions?.code).toBe('CONSENT_MISSING');
  });

  it('one open referral per partner; expiry uses the agreement’s response time', async () => {
    const created = await createCase(t, w.caseworker.token);
    await recordConsent(t, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    const first = await sendReferral(t, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY']);
    const [row] = await t.owner<{ days: number }>(`SELECT extract(day FROM expires_at - sent_at)::int AS days FROM referral WHERE id = $1`, [first.id]);
    expect(row!.days).toBe(14);
    const again = await t.gql(SEND, { input: { caseId: created.id, partnerId: w.baghdad.id, sections: ['IDENTITY'] } }, { token: w.caseworker.token });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'partnerId' });
  });

  it('the partner’s inbox lists pending referrals oldest first, and only its own', async () => {
    const a = await createCase(t, w.caseworker.token);
    await recordConsent(t, w.caseworker.token, a.id, w.prijedor.id, ['IDENTITY']);
    const ra = await sendReferral(t, w.caseworker.token, a.id, w.prijedor.id, ['IDENTITY']);
    const b = await createCase(t, w.gothenburgCaseworker.token);
    await recordConsent(t, w.gothenburgCaseworker.token, b.id, w.prijedor.id, ['NEEDS']);
    const rb = await sendReferral(t, w.gothenburgCaseworker.token, b.id, w.prijedor.id, ['NEEDS']);
    const inbox = await t.gql<{ referralInbox: { totalCount: number; edges: Array<{ node: { id: string; from: { id: string }; case: { number: string; returnee: { firstName: string } | null } } }> } }>(
      '{ referralInbox(first: 10) { totalCount edges { node { id from { id } case { number returnee { firstName } } } } } }',
      {},
      { token: w.prijedorCaseworker.token },
    );
    const ids = inbox.data!.referralInbox.edges.map((e) => e.node.id);
    expect(ids.indexOf(ra.id)).toBeLessThan(ids.indexOf(rb.id));
    const fromGothenburg = inbox.data!.referralInbox.edges.find((e) => e.node.id === rb.id)!;
    expect(fromGothenburg.node.case.returnee).toBeNull(); // NEEDS only: no identity
    const baghdad = await t.gql<{ referralInbox: { edges: Array<{ node: { id: string } }> } }>('{ referralInbox(first: 100) { edges { node { id } } } }', {}, { token: w.baghdadCaseworker.token });
    expect(baghdad.data?.referralInbox.edges.map((e) => e.node.id)).not.toEqual(expect.arrayContaining([ra.id]));
    expect(baghdad.data?.referralInbox.edges.map((e) => e.node.id)).not.toEqual(expect.arrayContaining([rb.id]));
  });
});
