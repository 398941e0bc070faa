import { describe, expect, it } from 'vitest';
import { asApplication, type SqlActor } from '../support/app-sql.js';
import { acceptedCase, supervisionWorld, createAgreement, createCase, createSupervisionSession, worldForFile, type Person, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/**
 * Messages, read marks, follow-up and supervision: what a service with a bug could write as the
 * application role. Each row must be tied to the thread, case and session it claims, and to the
 * writer; the legitimate write next to each attack still works.
 */
let t: TestApp;
let w: ReferralWorld & { supervisionAgreement: string };
worldForFile(supervisionWorld, (started) => ({ t, w } = started));

const as = (person: Person, roles: string[]): SqlActor => ({ organisationId: person.organisationId, userId: person.id, roles });

const INSERT_MESSAGE = `INSERT INTO case_message (referral_id, case_id, owner_organisation_id, partner_organisation_id, author_organisation_id, author_user_id, body)
                        VALUES ($1, $2, $3, $4, $5, $6, 'Injected')`;

describe('case messages: tied to one referral row the writer may read', () => {
  it('Gothenburg cannot inject a message into the Stockholm–Baghdad thread, and Baghdad sees none', async () => {
    const { caseId, referralId } = await acceptedCase(t, w);
    const result = await asApplication(t, as(w.gothenburgCaseworker, ['CASEWORKER']), async (sql) => {
      // Gothenburg names itself as the owner side, so the old "owner = current organisation" check passed.
      const injected = await sql.attempt(INSERT_MESSAGE, [referralId, caseId, w.gothenburg.id, w.baghdad.id, w.gothenburg.id, w.gothenburgCaseworker.id]);
      await sql.actAs(as(w.baghdadCaseworker, ['PARTNER_CASEWORKER']));
      const [{ n }] = await sql.rows<{ n: number }>('SELECT count(*)::int AS n FROM case_message WHERE referral_id = $1', [referralId]);
      return { injected, seenByBaghdad: n };
    });
    expect(result).toEqual({ injected: '42501', seenByBaghdad: 0 });
  });

  it('the owner’s message names its referral’s own case and partner; both sides write to their thread', async () => {
    const { caseId, referralId } = await acceptedCase(t, w);
    const other = await createCase(t, w.caseworker.token);
    const owner = await asApplication(t, as(w.caseworker, ['CASEWORKER']), async (sql) => ({
      anotherCase: await sql.attempt(INSERT_MESSAGE, [referralId, other.id, w.stockholm.id, w.baghdad.id, w.stockholm.id, w.caseworker.id]),
      anotherPartner: await sql.attempt(INSERT_MESSAGE, [referralId, caseId, w.stockholm.id, w.prijedor.id, w.stockholm.id, w.caseworker.id]),
      legitimate: await sql.attempt(INSERT_MESSAGE, [referralId, caseId, w.stockholm.id, w.baghdad.id, w.stockholm.id, w.caseworker.id]),
    }));
    const partner = await asApplication(t, as(w.baghdadCaseworker, ['PARTNER_CASEWORKER']), (sql) =>
      sql.attempt(INSERT_MESSAGE, [referralId, caseId, w.stockholm.id, w.baghdad.id, w.baghdad.id, w.baghdadCaseworker.id]),
    );
    expect({ ...owner, partner }).toEqual({ anotherCase: '42501', anotherPartner: '42501', legitimate: 'ok 1', partner: 'ok 1' });
  });
});

describe('read marks: the current user, of the current organisation, on a referral they may read', () => {
  const MARK = `INSERT INTO message_read (user_id, referral_id, last_read_at) VALUES ($1, $2, now())`;

  it('refused for a thread the user cannot read, for someone of another organisation, and for analysts', async () => {
    const { referralId } = await acceptedCase(t, w);
    const gothenburg = await asApplication(t, as(w.gothenburgCaseworker, ['CASEWORKER']), (sql) => sql.attempt(MARK, [w.gothenburgCaseworker.id, referralId]));
    // A Stockholm user id under Gothenburg's organisation setting: not a person of the current organisation.
    const mixed = await asApplication(t, { organisationId: w.gothenburg.id, userId: w.caseworker.id, roles: ['CASEWORKER'] }, (sql) =>
      sql.attempt(MARK, [w.caseworker.id, referralId]),
    );
    const analyst = await asApplication(t, as(w.analyst, ['ANALYST']), (sql) => sql.attempt(MARK, [w.analyst.id, referralId]));
    const legitimate = await asApplication(t, as(w.caseworker, ['CASEWORKER']), (sql) => sql.attempt(MARK, [w.caseworker.id, referralId]));
    expect({ gothenburg, mixed, analyst, legitimate }).toEqual({ gothenburg: '42501', mixed: '42501', analyst: '42501', legitimate: 'ok 1' });
  });
});

describe('follow-up: written by the partner, in its own name, for the case’s real owner', () => {
  it('a visit or an arrival is recorded in the writer’s own name', async () => {
    const { caseId } = await acceptedCase(t, w);
    const VISIT = `INSERT INTO follow_up_visit (case_id, owner_organisation_id, partner_organisation_id, visited_on, mode, narrative, recorded_by_user_id)
                   VALUES ($1, $2, $3, current_date, 'PHONE', 'Called.', $4)`;
    const ARRIVAL = `INSERT INTO arrival (case_id, owner_organisation_id, partner_organisation_id, arrived_on, recorded_by_user_id) VALUES ($1, $2, $3, current_date, $4)`;
    const result = await asApplication(t, as(w.baghdadCaseworker, ['PARTNER_CASEWORKER']), async (sql) => ({
      visitAsSomeoneElse: await sql.attempt(VISIT, [caseId, w.stockholm.id, w.baghdad.id, w.baghdadCoordinator.id]),
      arrivalAsSomeoneElse: await sql.attempt(ARRIVAL, [caseId, w.stockholm.id, w.baghdad.id, w.baghdadCoordinator.id]),
      visit: await sql.attempt(VISIT, [caseId, w.stockholm.id, w.baghdad.id, w.baghdadCaseworker.id]),
      arrival: await sql.attempt(ARRIVAL, [caseId, w.stockholm.id, w.baghdad.id, w.baghdadCaseworker.id]),
    }));
    expect(result).toEqual({ visitAsSomeoneElse: '42501', arrivalAsSomeoneElse: '42501', visit: 'ok 1', arrival: 'ok 1' });
  });

  it('a goal belongs to the plan of its own case', async () => {
    const a = await acceptedCase(t, w);
    const b = await acceptedCase(t, w);
    const GOAL = `INSERT INTO plan_goal (plan_id, case_id, owner_organisation_id, partner_organisation_id, domain, description, status)
                  VALUES ($1, $2, $3, $4, 'HOUSING', 'A flat', 'NOT_STARTED')`;
    const result = await asApplication(t, as(w.baghdadCaseworker, ['PARTNER_CASEWORKER']), async (sql) => {
      const [plan] = await sql.rows<{ id: string }>(
        `INSERT INTO reintegration_plan (case_id, owner_organisation_id, partner_organisation_id, updated_by_user_id) VALUES ($1, $2, $3, $4) RETURNING id`,
        [a.caseId, w.stockholm.id, w.baghdad.id, w.baghdadCaseworker.id],
      );
      return {
        planAsSomeoneElse: await sql.attempt(
          `INSERT INTO reintegration_plan (case_id, owner_organisation_id, partner_organisation_id, updated_by_user_id) VALUES ($1, $2, $3, $4)`,
          [b.caseId, w.stockholm.id, w.baghdad.id, w.baghdadCoordinator.id],
        ),
        goalOnAnotherCase: await sql.attempt(GOAL, [plan!.id, b.caseId, w.stockholm.id, w.baghdad.id]),
        goal: await sql.attempt(GOAL, [plan!.id, a.caseId, w.stockholm.id, w.baghdad.id]),
      };
    });
    expect(result).toEqual({ planAsSomeoneElse: '42501', goalOnAnotherCase: '42501', goal: 'ok 1' });
  });

  it('a referral whose sender is not the case’s owner cannot exist, so it gives that sender no follow-up rights', async () => {
    const { caseId, referralId } = await acceptedCase(t, w);
    // Gothenburg and Baghdad have a REFERRALS + FOLLOW_UP agreement; Gothenburg "sends" Stockholm's case to Baghdad.
    const agreement = await createAgreement(t, { parties: [w.gothenburg.id, w.baghdad.id] });
    await t.owner(`UPDATE referral SET status = 'REVOKED', revoked_at = now(), revoked_by_user_id = sent_by_user_id WHERE id = $1`, [referralId]);
    // Such a row was never writable through the API; since migration 0020 the database refuses it to every writer.
    await expect(
      t.owner(
        `INSERT INTO referral (case_id, organisation_id, to_organisation_id, agreement_id, sections, status, sent_by_user_id, expires_at, responded_by_user_id, responded_at)
         VALUES ($1, $2, $3, $4, '{}', 'ACCEPTED', $5, now() + interval '7 days', $6, now())`,
        [caseId, w.gothenburg.id, w.baghdad.id, agreement, w.gothenburgCaseworker.id, w.baghdadCaseworker.id],
      ),
    ).rejects.toMatchObject({ code: '23503', constraint: 'referral_sender_owns_case' });
    const written = await asApplication(t, as(w.baghdadCaseworker, ['PARTNER_CASEWORKER']), (sql) =>
      sql.attempt(
        `INSERT INTO arrival (case_id, owner_organisation_id, partner_organisation_id, arrived_on, recorded_by_user_id) VALUES ($1, $2, $3, current_date, $4)`,
        [caseId, w.gothenburg.id, w.baghdad.id, w.baghdadCaseworker.id],
      ),
    );
    expect(written).toBe('42501');
  });
});

describe('supervision: people, actions, links and comments tied to the session’s two sides', () => {
  const session = () => createSupervisionSession(t, w, { topics: [], notes: 'Notes.', actions: [] });

  it('the supervising side adds only people of the two sides, under their real organisation, and links only cases shared with the partner', async () => {
    const id = await session();
    const shared = await acceptedCase(t, w);
    const unshared = await createCase(t, w.caseworker.token);
    const foreign = await createCase(t, w.gothenburgCaseworker.token);
    const PARTICIPANT = 'INSERT INTO supervision_participant (session_id, user_id, organisation_id) VALUES ($1, $2, $3)';
    const ACTION = `INSERT INTO supervision_action (session_id, description, owner_user_id) VALUES ($1, 'Follow up', $2)`;
    const LINK = 'INSERT INTO supervision_case_link (session_id, case_id) VALUES ($1, $2)';
    const result = await asApplication(t, as(w.supervisor, ['SUPERVISOR']), async (sql) => ({
      outsider: await sql.attempt(PARTICIPANT, [id, w.gothenburgCaseworker.id, w.gothenburg.id]),
      wrongOrganisation: await sql.attempt(PARTICIPANT, [id, w.baghdadCoordinator.id, w.stockholm.id]),
      participant: await sql.attempt(PARTICIPANT, [id, w.baghdadCoordinator.id, w.baghdad.id]),
      outsiderOwnsAction: await sql.attempt(ACTION, [id, w.gothenburgCaseworker.id]),
      action: await sql.attempt(ACTION, [id, w.baghdadCoordinator.id]),
      unsharedCase: await sql.attempt(LINK, [id, unshared.id]),
      foreignCase: await sql.attempt(LINK, [id, foreign.id]),
      sharedCase: await sql.attempt(LINK, [id, shared.caseId]),
      sessionAsSomeoneElse: await sql.attempt(
        `INSERT INTO supervision_session (organisation_id, partner_organisation_id, held_on, mode, created_by_user_id) VALUES ($1, $2, current_date, 'PHONE', $3)`,
        [w.stockholm.id, w.baghdad.id, w.caseworker.id],
      ),
      ownSession: await sql.attempt(
        `INSERT INTO supervision_session (organisation_id, partner_organisation_id, held_on, mode, created_by_user_id) VALUES ($1, $2, current_date, 'PHONE', $3)`,
        [w.stockholm.id, w.baghdad.id, w.supervisor.id],
      ),
    }));
    expect(result).toEqual({
      outsider: '42501',
      wrongOrganisation: '42501',
      participant: 'ok 1',
      outsiderOwnsAction: '42501',
      action: 'ok 1',
      unsharedCase: '42501',
      foreignCase: '42501',
      sharedCase: 'ok 1',
      sessionAsSomeoneElse: '42501',
      ownSession: 'ok 1',
    });
  });

  it('only participants (and supervisors of the supervising side) comment', async () => {
    const id = await session();
    const COMMENT = 'INSERT INTO supervision_comment (session_id, author_user_id, author_organisation_id, body) VALUES ($1, $2, $3, $4)';
    const outsider = await asApplication(t, as(w.baghdadCoordinator, ['COORDINATOR']), (sql) =>
      sql.attempt(COMMENT, [id, w.baghdadCoordinator.id, w.baghdad.id, 'Not a participant']),
    );
    const participant = await asApplication(t, as(w.baghdadCaseworker, ['PARTNER_CASEWORKER']), (sql) =>
      sql.attempt(COMMENT, [id, w.baghdadCaseworker.id, w.baghdad.id, 'A participant']),
    );
    const supervisor = await asApplication(t, as(w.supervisor, ['SUPERVISOR']), (sql) => sql.attempt(COMMENT, [id, w.supervisor.id, w.stockholm.id, 'The supervisor']));
    expect({ outsider, participant, supervisor }).toEqual({ outsider: '42501', participant: 'ok 1', supervisor: 'ok 1' });
  });
});
