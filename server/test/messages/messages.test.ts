import { describe, expect, it } from 'vitest';
import { acceptedCase, referralWorld, worldForFile, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

const SEND = 'mutation($input: SendCaseMessageInput!) { sendCaseMessage(input: $input) { id body mine author { name } organisation { id } } }';
const THREAD = 'query($id: ID!) { case(id: $id) { referrals { id unreadMessageCount messages { body mine organisation { id } } } } }';

describe('case messages', () => {
  it('pass between the two sides, in any language, with unread counts per person', async () => {
    const { caseId, referralId } = await acceptedCase(t, w);
    const first = await t.gql<{ sendCaseMessage: { mine: boolean } }>(SEND, { input: { referralId, body: 'Hej! Familjen landar på tisdag.' } }, { token: w.caseworker.token });
    expect(first.data?.sendCaseMessage.mine).toBe(true);
    await t.gql(SEND, { input: { referralId, body: 'شكرًا، سنكون في المطار.' } }, { token: w.baghdadCaseworker.token });
    await t.gql(SEND, { input: { referralId, body: 'Tack!' } }, { token: w.caseworker.token });

    const partner = await t.gql<{ case: { referrals: Array<{ unreadMessageCount: number; messages: Array<{ body: string; mine: boolean }> }> } }>(THREAD, { id: caseId }, { token: w.baghdadCaseworker.token });
    expect(partner.data?.case.referrals[0]?.messages.map((m) => [m.body, m.mine])).toEqual([
      ['Hej! Familjen landar på tisdag.', false],
      ['شكرًا، سنكون في المطار.', true],
      ['Tack!', false],
    ]);
    // Writing is reading: the partner's own message marked the first one read; "Tack!" is new.
    expect(partner.data?.case.referrals[0]?.unreadMessageCount).toBe(1);
    // A Stockholm colleague who has read nothing has all three unread (none is theirs).
    const colleague = await t.gql<{ case: { referrals: Array<{ unreadMessageCount: number }> } }>(THREAD, { id: caseId }, { token: w.supervisor.token });
    expect(colleague.data?.case.referrals[0]?.unreadMessageCount).toBe(3);
    // The author has nothing unread: the partner's message came before their last one.
    const author = await t.gql<{ case: { referrals: Array<{ unreadMessageCount: number }> } }>(THREAD, { id: caseId }, { token: w.caseworker.token });
    expect(author.data?.case.referrals[0]?.unreadMessageCount).toBe(0);
    const read = await t.gql<{ markCaseMessagesRead: { unreadMessageCount: number } }>('mutation($id: ID!) { markCaseMessagesRead(referralId: $id) { unreadMessageCount } }', { id: referralId }, { token: w.baghdadCaseworker.token });
    expect(read.data?.markCaseMessagesRead.unreadMessageCount).toBe(0);
  });

  it('are closed to everyone else, and to the partner once the referral no longer gives access', async () => {
    const { caseId, referralId } = await acceptedCase(t, w);
    await t.gql(SEND, { input: { referralId, body: 'Private' } }, { token: w.caseworker.token });
    for (const viewer of [w.gothenburgCaseworker, w.prijedorCaseworker]) {
      expect((await t.gql(SEND, { input: { referralId, body: 'Hello?' } }, { token: viewer.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    await t.gql('mutation($id: ID!) { revokeReferral(id: $id) { status } }', { id: referralId }, { token: w.caseworker.token });
    expect((await t.gql(SEND, { input: { referralId, body: 'Still there?' } }, { token: w.baghdadCaseworker.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(THREAD, { id: caseId }, { token: w.baghdadCaseworker.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // In SQL, as the application role with the partner's organisation set: no message rows.
    const messages = await t.asAppRole({ organisationId: w.baghdad.id, roles: ['PARTNER_CASEWORKER', 'COORDINATOR'] }, (sql) =>
      sql.rows<{ n: number }>('SELECT count(*)::int AS n FROM case_message WHERE referral_id = $1', [referralId]),
    );
    expect(messages[0]!.n).toBe(0);
    // The referring side keeps its thread.
    const owner = await t.gql<{ case: { referrals: Array<{ messages: unknown[] }> } }>(THREAD, { id: caseId }, { token: w.caseworker.token });
    expect(owner.data?.case.referrals[0]?.messages).toHaveLength(1);
  });

  it('notify the other side: the partner caseworkers, or the responsible caseworker and the sender', async () => {
    const { referralId } = await acceptedCase(t, w);
    await t.gql(SEND, { input: { referralId, body: 'To Baghdad' } }, { token: w.supervisor.token });
    await t.gql(SEND, { input: { referralId, body: 'To Stockholm' } }, { token: w.baghdadCaseworker.token });
    const rows = await t.owner<{ recipient_user_id: string }>(`SELECT recipient_user_id FROM notification WHERE referral_id = $1 AND kind = 'MESSAGE_RECEIVED'`, [referralId]);
    const recipients = new Set(rows.map((r) => r.recipient_user_id));
    expect(recipients).toEqual(new Set([w.baghdadCaseworker.id, w.caseworker.id]));
  });

  it("reading a thread reads its message notifications too: the reader's own, of that thread only", async () => {
    const first = await acceptedCase(t, w);
    const second = await acceptedCase(t, w);
    for (const { referralId } of [first, second]) {
      await t.gql(SEND, { input: { referralId, body: 'Nytt besked' } }, { token: w.caseworker.token });
    }
    const unread = async (referralId: string) =>
      (
        await t.owner<{ recipient_user_id: string }>(
          `SELECT recipient_user_id FROM notification WHERE referral_id = $1 AND kind = 'MESSAGE_RECEIVED' AND read_at IS NULL`,
          [referralId],
        )
      ).map((row) => row.recipient_user_id);
    expect(await unread(first.referralId)).toContain(w.baghdadCaseworker.id);
    const before = await t.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, { token: w.baghdadCaseworker.token });

    await t.gql('mutation($id: ID!) { markCaseMessagesRead(referralId: $id) { unreadMessageCount } }', { id: first.referralId }, { token: w.baghdadCaseworker.token });

    expect(await unread(first.referralId)).not.toContain(w.baghdadCaseworker.id);
    // The other thread's notification is still news.
    expect(await unread(second.referralId)).toContain(w.baghdadCaseworker.id);
    const after = await t.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, { token: w.baghdadCaseworker.token });
    expect(after.data?.unreadNotificationCount).toBe(before.data!.unreadNotificationCount - 1);
  });
});
