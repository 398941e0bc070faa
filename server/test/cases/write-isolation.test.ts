import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { asApplication, type SqlActor } from '../support/app-sql.js';
import { createUser, type TestOrganisation } from '../support/fixtures.js';
import { createAgreement, createCase, referralWorld, referredCase, worldForFile, type Person, type ReferralWorld } from '../support/world.js';
import type { TestApp } from '../support/test-app.js';

/**
 * Row-level security must hold when a service has a bug: each attack below is what a service
 * could send as the application role with the attacker's own tenant settings. Each is refused
 * (42501, or no row changed), and the legitimate write next to it still works.
 */
let t: TestApp;
let w: ReferralWorld;
worldForFile(referralWorld, (started) => ({ t, w } = started));

const as = (person: Person, roles: string[]): SqlActor => ({ organisationId: person.organisationId, userId: person.id, roles });
const stockholmCaseworker = () => as(w.caseworker, ['CASEWORKER']);
const gothenburgCaseworker = () => as(w.gothenburgCaseworker, ['CASEWORKER']);

/** A case with no sections at all (written as the owner role), so that every section can be inserted. */
async function bareCase(owner: TestOrganisation, responsible: Person): Promise<string> {
  const [{ id }] = await t.owner<{ id: string }>(
    `INSERT INTO referral_case (organisation_id, number, year, sequence, responsible_user_id, destination_country, destination_place, created_by_user_id)
     VALUES ($1, $2, 2001, $3, $4, 'IQ', 'Baghdad', $4) RETURNING id`,
    [owner.id, `BARE-${randomUUID().slice(0, 8)}`, Math.floor(Math.random() * 1_000_000) + 1, responsible.id],
  );
  return id;
}

async function ownerConsent(caseId: string, partner: TestOrganisation, sections: string[]): Promise<void> {
  await t.owner(
    `INSERT INTO consent (case_id, organisation_id, partner_organisation_id, sections, given_on, recorded_by_user_id)
     SELECT $1, c.organisation_id, $2, $3, current_date, c.responsible_user_id FROM referral_case c WHERE c.id = $1`,
    [caseId, partner.id, sections],
  );
}

const INSERT_CONSENT = `INSERT INTO consent (case_id, organisation_id, partner_organisation_id, sections, given_on, recorded_by_user_id, form_attachment_id)
                        VALUES ($1, $2, $3, $4, current_date, $5, $6)`;
const INSERT_REFERRAL = `INSERT INTO referral (case_id, organisation_id, to_organisation_id, agreement_id, sections, sent_by_user_id, expires_at)
                         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7))`;

describe('consent: only on a case the writer’s organisation owns', () => {
  it("Gothenburg cannot record consent on a Stockholm case, even for its own partner; Stockholm can, in its own name", async () => {
    const target = await createCase(t, w.caseworker.token);
    const gothenburg = await asApplication(t, gothenburgCaseworker(), (sql) =>
      sql.attempt(INSERT_CONSENT, [target.id, w.gothenburg.id, w.prijedor.id, ['IDENTITY', 'HEALTH'], w.gothenburgCaseworker.id, null]),
    );
    expect(gothenburg).toBe('42501');
    const stockholm = await asApplication(t, stockholmCaseworker(), async (sql) => ({
      forSomeoneElse: await sql.attempt(INSERT_CONSENT, [target.id, w.stockholm.id, w.prijedor.id, ['IDENTITY'], w.supervisor.id, null]),
      own: await sql.attempt(INSERT_CONSENT, [target.id, w.stockholm.id, w.prijedor.id, ['IDENTITY'], w.caseworker.id, null]),
    }));
    expect(stockholm).toEqual({ forSomeoneElse: '42501', own: 'ok 1' });
  });

  it('a consent can name only a signed form of the writer’s own organisation, and is withdrawn in the writer’s own name', async () => {
    const target = await createCase(t, w.caseworker.token);
    const [{ id: foreignForm }] = await t.owner<{ id: string }>(
      `INSERT INTO attachment (organisation_id, file_name, content_type, size, sha256, content, uploaded_by_user_id)
       VALUES ($1, 'form.pdf', 'application/pdf', 1, '\\x00', '\\x00', $2) RETURNING id`,
      [w.gothenburg.id, w.gothenburgCaseworker.id],
    );
    await ownerConsent(target.id, w.baghdad, ['NEEDS']);
    const result = await asApplication(t, stockholmCaseworker(), async (sql) => ({
      foreignForm: await sql.attempt(INSERT_CONSENT, [target.id, w.stockholm.id, w.prijedor.id, ['IDENTITY'], w.caseworker.id, foreignForm]),
      withdrawnAsSomeoneElse: await sql.attempt(
        `UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $2 WHERE case_id = $1 AND partner_organisation_id = $3`,
        [target.id, w.supervisor.id, w.baghdad.id],
      ),
      withdrawn: await sql.attempt(
        `UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $2 WHERE case_id = $1 AND partner_organisation_id = $3`,
        [target.id, w.caseworker.id, w.baghdad.id],
      ),
    }));
    expect(result).toEqual({ foreignForm: '42501', withdrawnAsSomeoneElse: '42501', withdrawn: 'ok 1' });
  });
});

describe('referral: the sender owns the case, both sides are parties to the agreement, consent covers it', () => {
  it("Gothenburg cannot refer a Stockholm case to a partner under its own agreement, and that partner sees nothing of the case", async () => {
    const target = await createCase(t, w.caseworker.token);
    // As if the consent step had got through: the referral must still be refused on its own.
    await ownerConsent(target.id, w.prijedor, ['IDENTITY', 'HEALTH']);
    const result = await asApplication(t, gothenburgCaseworker(), async (sql) => {
      const sent = await sql.attempt(INSERT_REFERRAL, [
        target.id, w.gothenburg.id, w.prijedor.id, w.agreements.gothenburgPrijedor, ['IDENTITY', 'HEALTH'], w.gothenburgCaseworker.id, 7,
      ]);
      await sql.actAs(as(w.prijedorCaseworker, ['PARTNER_CASEWORKER']));
      const seen = await sql.rows<{ identity: number; health: number }>(
        `SELECT (SELECT count(*)::int FROM returnee WHERE case_id = $1) AS identity, (SELECT count(*)::int FROM returnee_health WHERE case_id = $1) AS health`,
        [target.id],
      );
      return { sent, seen: seen[0] };
    });
    expect(result).toEqual({ sent: '42501', seen: { identity: 0, health: 0 } });
  });

  it('Stockholm refers its own case under its own agreement, within the answer time and the consent — and nothing else', async () => {
    const target = await createCase(t, w.caseworker.token);
    await ownerConsent(target.id, w.prijedor, ['IDENTITY']);
    const send = (values: Partial<{ agreement: string; to: string; sections: string[]; by: string; days: number }>) =>
      [target.id, w.stockholm.id, values.to ?? w.prijedor.id, values.agreement ?? w.agreements.stockholmPrijedor, values.sections ?? ['IDENTITY'],
       values.by ?? w.caseworker.id, values.days ?? 7];
    const result = await asApplication(t, stockholmCaseworker(), async (sql) => ({
      underAnotherOrganisationsAgreement: await sql.attempt(INSERT_REFERRAL, send({ agreement: w.agreements.gothenburgPrijedor })),
      toSomeoneNotParty: await sql.attempt(INSERT_REFERRAL, send({ agreement: w.agreements.stockholmBaghdad })),
      beyondTheConsent: await sql.attempt(INSERT_REFERRAL, send({ sections: ['IDENTITY', 'HEALTH'] })),
      longerThanTheAnswerTime: await sql.attempt(INSERT_REFERRAL, send({ days: 30 })),
      inSomeoneElsesName: await sql.attempt(INSERT_REFERRAL, send({ by: w.supervisor.id })),
      byAnAnalyst: await (async () => {
        await sql.actAs(as(w.analyst, ['ANALYST']));
        const outcome = await sql.attempt(INSERT_REFERRAL, send({ by: w.analyst.id }));
        await sql.actAs(stockholmCaseworker());
        return outcome;
      })(),
      legitimate: await sql.attempt(INSERT_REFERRAL, send({})),
    }));
    expect(result).toEqual({
      underAnotherOrganisationsAgreement: '42501',
      toSomeoneNotParty: '42501',
      beyondTheConsent: '42501',
      longerThanTheAnswerTime: '42501',
      inSomeoneElsesName: '42501',
      byAnAnalyst: '42501',
      legitimate: 'ok 1',
    });
  });

  it('the sender cannot answer its own referral, revive it, or revoke it in someone else’s name; it can revoke it', async () => {
    const { referralId } = await referredCase(t, w);
    const result = await asApplication(t, stockholmCaseworker(), async (sql) => ({
      accepted: await sql.attempt(`UPDATE referral SET status = 'ACCEPTED' WHERE id = $1`, [referralId]),
      answerForged: await sql.attempt(`UPDATE referral SET responded_by_user_id = $2, responded_at = now() WHERE id = $1`, [referralId, w.baghdadCaseworker.id]),
      expiredEarly: await sql.attempt(`UPDATE referral SET status = 'EXPIRED' WHERE id = $1`, [referralId]),
      revokedAsSomeoneElse: await sql.attempt(`UPDATE referral SET status = 'REVOKED', revoked_at = now(), revoked_by_user_id = $2 WHERE id = $1`, [
        referralId,
        w.supervisor.id,
      ]),
      revoked: await sql.attempt(`UPDATE referral SET status = 'REVOKED', revoked_at = now(), revoked_by_user_id = $2 WHERE id = $1`, [referralId, w.caseworker.id]),
      revived: await sql.attempt(`UPDATE referral SET status = 'COMPLETED', completed_at = now() WHERE id = $1`, [referralId]),
    }));
    expect(result).toEqual({
      accepted: '42501',
      answerForged: '42501',
      expiredEarly: '42501',
      revokedAsSomeoneElse: '42501',
      revoked: 'ok 1',
      revived: 'ok 0',
    });
  });
});

describe('case sections: only on a case the writer’s organisation owns', () => {
  const sections: Array<{ table: string; sql: string; params: (caseId: string, org: string) => unknown[] }> = [
    {
      table: 'returnee',
      sql: `INSERT INTO returnee (case_id, organisation_id, first_name, last_name, sex, document_language) VALUES ($1, $2, 'Injected', 'Person', 'MALE', 'en')`,
      params: (c, o) => [c, o],
    },
    { table: 'returnee_contact', sql: `INSERT INTO returnee_contact (case_id, organisation_id, phone) VALUES ($1, $2, '+46 1')`, params: (c, o) => [c, o] },
    {
      table: 'household_member',
      sql: `INSERT INTO household_member (case_id, organisation_id, first_name, last_name, sex, relation) VALUES ($1, $2, 'Injected', 'Member', 'MALE', 'CHILD')`,
      params: (c, o) => [c, o],
    },
    { table: 'case_needs', sql: `INSERT INTO case_needs (case_id, organisation_id, description) VALUES ($1, $2, 'Injected')`, params: (c, o) => [c, o] },
    { table: 'returnee_health', sql: `INSERT INTO returnee_health (case_id, organisation_id, information) VALUES ($1, $2, 'Injected')`, params: (c, o) => [c, o] },
  ];

  it('Gothenburg injects nothing into a Stockholm case; Stockholm writes every section of its own', async () => {
    const target = await bareCase(w.stockholm, w.caseworker);
    const attacks = await asApplication(t, as(w.gothenburgCaseworker, ['CASEWORKER', 'SUPERVISOR']), async (sql) => {
      const out: Record<string, string> = {};
      for (const section of sections) out[section.table] = await sql.attempt(section.sql, section.params(target, w.gothenburg.id));
      return out;
    });
    const own = await asApplication(t, as(w.caseworker, ['CASEWORKER']), async (sql) => {
      const out: Record<string, string> = {};
      for (const section of sections) out[section.table] = await sql.attempt(section.sql, section.params(target, w.stockholm.id));
      return out;
    });
    expect(attacks).toEqual(Object.fromEntries(sections.map((s) => [s.table, '42501'])));
    expect(own).toEqual(Object.fromEntries(sections.map((s) => [s.table, 'ok 1'])));
  });

  it('a household member injected into a referred case would reach the partner: refused', async () => {
    const { caseId } = await referredCase(t, w);
    const result = await asApplication(t, gothenburgCaseworker(), async (sql) => {
      const injected = await sql.attempt(sections[2]!.sql, [caseId, w.gothenburg.id]);
      await sql.actAs(as(w.baghdadCaseworker, ['PARTNER_CASEWORKER']));
      const names = await sql.rows<{ first_name: string }>('SELECT first_name FROM household_member WHERE case_id = $1', [caseId]);
      return { injected, names: names.map((n) => n.first_name) };
    });
    expect(result).toEqual({ injected: '42501', names: ['Omar'] });
  });

  it("a section row of one's own cannot be moved onto another organisation's case", async () => {
    const own = await createCase(t, w.gothenburgCaseworker.token);
    const target = await createCase(t, w.caseworker.token, { household: [] });
    const moved = await asApplication(t, gothenburgCaseworker(), (sql) =>
      sql.attempt('UPDATE household_member SET case_id = $2 WHERE case_id = $1', [own.id, target.id]),
    );
    expect(moved).toBe('42501');
  });
});

describe('cases and their history', () => {
  const INSERT_CASE = `INSERT INTO referral_case (organisation_id, number, year, sequence, responsible_user_id, destination_country, destination_place, created_by_user_id)
                       VALUES ($1, $2, 2002, $3, $4, 'IQ', 'Baghdad', $5)`;
  const caseValues = (responsible: string, createdBy: string) => [w.stockholm.id, `X-${randomUUID().slice(0, 8)}`, Math.floor(Math.random() * 1_000_000) + 1, responsible, createdBy];

  it('a case is opened by the writer, with a responsible person of its own organisation', async () => {
    const result = await asApplication(t, stockholmCaseworker(), async (sql) => ({
      responsibleElsewhere: await sql.attempt(INSERT_CASE, caseValues(w.gothenburgCaseworker.id, w.caseworker.id)),
      createdAsSomeoneElse: await sql.attempt(INSERT_CASE, caseValues(w.caseworker.id, w.supervisor.id)),
      legitimate: await sql.attempt(INSERT_CASE, caseValues(w.supervisor.id, w.caseworker.id)),
    }));
    expect(result).toEqual({ responsibleElsewhere: '42501', createdAsSomeoneElse: '42501', legitimate: 'ok 1' });
  });

  it('status history is written only on an own case, in the writer’s own name', async () => {
    const target = await createCase(t, w.caseworker.token);
    const INSERT = `INSERT INTO case_status_change (case_id, organisation_id, from_status, to_status, changed_by_user_id) VALUES ($1, $2, 'INTAKE', 'CLOSED', $3)`;
    const gothenburg = await asApplication(t, gothenburgCaseworker(), (sql) => sql.attempt(INSERT, [target.id, w.gothenburg.id, w.gothenburgCaseworker.id]));
    const stockholm = await asApplication(t, stockholmCaseworker(), async (sql) => ({
      asSomeoneElse: await sql.attempt(INSERT, [target.id, w.stockholm.id, w.supervisor.id]),
      legitimate: await sql.attempt(INSERT, [target.id, w.stockholm.id, w.caseworker.id]),
    }));
    expect({ gothenburg, ...stockholm }).toEqual({ gothenburg: '42501', asSomeoneElse: '42501', legitimate: 'ok 1' });
  });

  it('an attachment is uploaded in the writer’s own name', async () => {
    const INSERT = `INSERT INTO attachment (organisation_id, file_name, content_type, size, sha256, content, uploaded_by_user_id)
                    VALUES ($1, 'form.pdf', 'application/pdf', 1, '\\x00', '\\x00', $2)`;
    const result = await asApplication(t, stockholmCaseworker(), async (sql) => ({
      asSomeoneElse: await sql.attempt(INSERT, [w.stockholm.id, w.supervisor.id]),
      legitimate: await sql.attempt(INSERT, [w.stockholm.id, w.caseworker.id]),
    }));
    expect(result).toEqual({ asSomeoneElse: '42501', legitimate: 'ok 1' });
  });
});

describe('agreements are proposed, confirmed and terminated by coordinators, in their own name', () => {
  it('a partner caseworker cannot confirm or terminate; a coordinator confirms only as themselves', async () => {
    const prijedorCoordinator = await createUser(t, w.prijedor, { roles: ['COORDINATOR'] });
    const agreement = await createAgreement(t, { parties: [w.stockholm.id, w.prijedor.id], unconfirmed: [w.prijedor.id] });
    const CONFIRM = `UPDATE agreement_party SET confirmed_at = now(), confirmed_by_user_id = $2 WHERE agreement_id = $1 AND organisation_id = $3`;
    const TERMINATE = `UPDATE cooperation_agreement SET terminated_at = now(), terminated_by_organisation_id = $2, terminated_by_user_id = $3, termination_reason = 'x' WHERE id = $1`;
    const byCaseworker = await asApplication(t, as(w.prijedorCaseworker, ['PARTNER_CASEWORKER']), async (sql) => ({
      confirm: await sql.attempt(CONFIRM, [agreement, w.prijedorCaseworker.id, w.prijedor.id]),
      terminate: await sql.attempt(TERMINATE, [agreement, w.prijedor.id, w.prijedorCaseworker.id]),
      propose: await sql.attempt(
        `INSERT INTO cooperation_agreement (reference_number, title, scopes, valid_from, valid_to, proposed_by_organisation_id, proposed_by_user_id)
         VALUES ('X-1', 'X', '{REFERRALS}', '2020-01-01', '2099-01-01', $1, $2)`,
        [w.prijedor.id, w.prijedorCaseworker.id],
      ),
    }));
    const byCoordinator = await asApplication(t, { organisationId: w.prijedor.id, userId: prijedorCoordinator.id, roles: ['COORDINATOR'] }, async (sql) => ({
      confirmAsSomeoneElse: await sql.attempt(CONFIRM, [agreement, w.prijedorCaseworker.id, w.prijedor.id]),
      confirm: await sql.attempt(CONFIRM, [agreement, prijedorCoordinator.id, w.prijedor.id]),
      terminateAsSomeoneElse: await sql.attempt(TERMINATE, [agreement, w.prijedor.id, w.prijedorCaseworker.id]),
      terminate: await sql.attempt(TERMINATE, [agreement, w.prijedor.id, prijedorCoordinator.id]),
      terminateAgain: await sql.attempt(TERMINATE, [agreement, w.prijedor.id, prijedorCoordinator.id]),
    }));
    expect(byCaseworker).toEqual({ confirm: 'ok 0', terminate: 'ok 0', propose: '42501' });
    expect(byCoordinator).toEqual({ confirmAsSomeoneElse: '42501', confirm: 'ok 1', terminateAsSomeoneElse: '42501', terminate: 'ok 1', terminateAgain: 'ok 0' });
  });
});
