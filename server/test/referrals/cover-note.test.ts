import { expect, it } from 'vitest';
import { createCase, recordConsent, referralWorld, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

const SEND = 'mutation($input: SendReferralInput!) { sendReferral(input: $input) { id coverNote } }';
type Sent = { sendReferral: { id: string; coverNote: string | null } };

async function consentedCase() {
  const created = await createCase(t, w.caseworker.token);
  await recordConsent(t, w.caseworker.token, created.id, w.baghdad.id, ['IDENTITY', 'NEEDS']);
  return created;
}

it('keeps the cover note with the referral, trimmed, and shows it to the receiving partner', async () => {
  const created = await consentedCase();
  const note = '  Arrives with two children.\nPlease call before the first visit.  ';
  const sent = await t.gql<Sent>(SEND, { input: { caseId: created.id, partnerId: w.baghdad.id, sections: ['IDENTITY'], coverNote: note } }, { token: w.caseworker.token });
  expect(sent.errors).toBeUndefined();
  expect(sent.data!.sendReferral.coverNote).toBe(note.trim());
  const inbox = await t.gql<{ referralInbox: { edges: Array<{ node: { id: string; coverNote: string | null } }> } }>(
    '{ referralInbox(first: 100) { edges { node { id coverNote } } } }',
    {},
    { token: w.baghdadCaseworker.token },
  );
  expect(inbox.errors).toBeUndefined();
  expect(inbox.data!.referralInbox.edges.map((e) => e.node)).toContainEqual({ id: sent.data!.sendReferral.id, coverNote: note.trim() });
  // Audited like every referral write: that a note was written, without its text.
  const [event] = await t.owner<{ details: Record<string, unknown> }>(`SELECT details FROM audit_event WHERE action = 'referral.send' AND entity_id = $1`, [sent.data!.sendReferral.id]);
  expect(event!.details).toMatchObject({ coverNote: true });
  expect(JSON.stringify(event!.details)).not.toContain('two children');
});

it('an empty cover note is none', async () => {
  const created = await consentedCase();
  const sent = await t.gql<Sent>(SEND, { input: { caseId: created.id, partnerId: w.baghdad.id, sections: ['IDENTITY'], coverNote: '   ' } }, { token: w.caseworker.token });
  expect(sent.data!.sendReferral.coverNote).toBeNull();
});

it('refuses a cover note too long or with bidirectional controls, naming the field', async () => {
  const created = await consentedCase();
  const long = await t.gql(SEND, { input: { caseId: created.id, partnerId: w.baghdad.id, sections: ['IDENTITY'], coverNote: 'x'.repeat(2001) } }, { token: w.caseworker.token });
  expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'coverNote' });
  const bidi = await t.gql(SEND, { input: { caseId: created.id, partnerId: w.baghdad.id, sections: ['IDENTITY'], coverNote: 'see \u202efdp.exe' } }, { token: w.caseworker.token });
  expect(bidi.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'coverNote' });
  const nul = await t.gql(SEND, { input: { caseId: created.id, partnerId: w.baghdad.id, sections: ['IDENTITY'], coverNote: 'a\u0000b' } }, { token: w.caseworker.token });
  expect(nul.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'coverNote' });
  expect(await t.owner('SELECT 1 FROM referral WHERE case_id = $1', [created.id])).toEqual([]);
});
