import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { EntityTarget, ObjectLiteral } from 'typeorm';
import { EntityRows, oneBy } from '../../core/database/entity-rows.js';
import { change, execute, one, rows } from '../../core/database/sql.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { OutreachActivity } from './outreach-activity.entity.js';
import type { ConsultationChannel, OutreachKind, OutreachTopic } from './outreach.enums.js';
import { StaffConsultation } from './staff-consultation.entity.js';

const activitiesById = oneBy(OutreachActivity, 'id', 'id');
const consultationsById = oneBy(StaffConsultation, 'id', 'id');

/** The ids a link table holds per activity, in one statement per batch (row-level security applies). */
function linkedIds(table: string, column: string) {
  return (context: RequestContext) =>
    new DataLoader<string, string[]>(async (activityIds) => {
      const found = await rows<{ activity_id: string; id: string }>(
        context.db,
        `SELECT activity_id, ${column} AS id FROM ${table} WHERE activity_id = ANY($1::uuid[]) ORDER BY activity_id, ${column}`,
        [activityIds],
      );
      const byActivity = new Map<string, string[]>(activityIds.map((id) => [id, []]));
      for (const row of found) byActivity.get(row.activity_id)?.push(row.id);
      return activityIds.map((id) => byActivity.get(id) ?? []);
    });
}

const contactsOfActivity = linkedIds('outreach_activity_contact', 'contact_organisation_id');
const peopleOfActivity = linkedIds('outreach_activity_person', 'contact_person_id');
const staffOfActivity = linkedIds('outreach_activity_staff', 'user_id');

export interface FollowUpValues {
  followUp: string | null;
  followUpDueOn: string | null;
  followUpOwnerUserId: string | null;
}

export interface ActivityValues extends FollowUpValues {
  kind: OutreachKind;
  heldOn: string;
  durationMinutes: number | null;
  title: string;
  focusCountries: string[];
  languages: string[];
  topics: OutreachTopic[];
  participantsWomen: number | null;
  participantsMen: number | null;
  participantsUnder18: number | null;
  notes: string | null;
}

export interface ActivityLinks {
  contactOrganisationIds: string[];
  contactPersonIds: string[];
  staffIds: string[];
}

export interface ConsultationValues extends FollowUpValues {
  heldOn: string;
  departmentContactId: string | null;
  department: string | null;
  district: string | null;
  channel: ConsultationChannel;
  topic: OutreachTopic;
  country: string | null;
  question: string;
  advice: string | null;
  minutesSpent: number | null;
  participants: number | null;
}

export interface ActivityListFilter {
  kind: OutreachKind | null;
  country: string | null;
  contactOrganisationId: string | null;
  from: string | null;
  to: string | null;
}

export interface ConsultationListFilter {
  channel: ConsultationChannel | null;
  topic: OutreachTopic | null;
  departmentContactId: string | null;
  from: string | null;
  to: string | null;
}

// Filters on the alias `a` / `s`, parameters $1…$5; newest first, keyset on (held_on, id).
// A contact's timeline is read from its links (a handful of rows through
// outreach_activity_contact_by_contact) instead of walking every activity by date and probing
// each one: at 12,000 activities that was 10–20 ms a page, and no generic plan can choose between
// the two when one statement serves both. `l` is that link, joined only for a timeline.
const activitiesOf = (filter: { contactOrganisationId: string | null }) =>
  filter.contactOrganisationId === null
    ? 'outreach_activity a CROSS JOIN (SELECT NULL::uuid AS contact_organisation_id) l'
    : 'outreach_activity_contact l JOIN outreach_activity a ON a.id = l.activity_id';
const activityFilters = `($1::text IS NULL OR a.kind = $1)
   AND ($2::text IS NULL OR a.focus_countries @> ARRAY[$2::text])
   AND ($3::uuid IS NULL OR l.contact_organisation_id = $3)
   AND ($4::date IS NULL OR a.held_on >= $4) AND ($5::date IS NULL OR a.held_on <= $5)`;
const consultationFilters = `($1::text IS NULL OR s.channel = $1) AND ($2::text IS NULL OR s.topic = $2)
   AND ($3::uuid IS NULL OR s.department_contact_id = $3)
   AND ($4::date IS NULL OR s.held_on >= $4) AND ($5::date IS NULL OR s.held_on <= $5)`;

/** A list of activities or consultations: what it reads (`from`, its rows under `alias`) and its filters with their values ($1…$5). */
interface HeldOnList<T> {
  entity: EntityTarget<T>;
  alias: 'a' | 's';
  from: string;
  filters: string;
  params: unknown[];
}

const activityList = (filter: ActivityListFilter): HeldOnList<OutreachActivity> => ({
  entity: OutreachActivity,
  alias: 'a',
  from: activitiesOf(filter),
  filters: activityFilters,
  params: [filter.kind, filter.country, filter.contactOrganisationId, filter.from, filter.to],
});

const consultationList = (filter: ConsultationListFilter): HeldOnList<StaffConsultation> => ({
  entity: StaffConsultation,
  alias: 's',
  from: 'staff_consultation s',
  filters: consultationFilters,
  params: [filter.channel, filter.topic, filter.departmentContactId, filter.from, filter.to],
});

/** Newest first after the cursor (held_on, id), LIMIT first + 1, each row primed in `byId`. */
async function newestPage<T extends ObjectLiteral>(
  context: RequestContext,
  list: HeldOnList<T>,
  first: number,
  after: readonly [string, string] | undefined,
  byId: DataLoader<string, T | null>,
): Promise<T[]> {
  const entities = EntityRows.of(context.db, list.entity);
  const x = list.alias;
  const found = await rows<Record<string, unknown>>(
    context.db,
    `SELECT ${entities.select(x)} FROM ${list.from}
      WHERE ${list.filters} AND ($6::date IS NULL OR (${x}.held_on, ${x}.id) < ($6::date, $7::uuid))
      ORDER BY ${x}.held_on DESC, ${x}.id DESC LIMIT $8`,
    [...list.params, after?.[0] ?? null, after?.[1] ?? null, first + 1],
  );
  return entities.primed(found, x, byId);
}

async function listCount(context: RequestContext, list: HeldOnList<unknown>): Promise<number> {
  const { count } = await one<{ count: number }>(context.db, `SELECT count(*)::int AS count FROM ${list.from} WHERE ${list.filters}`, list.params);
  return count;
}

// A follow-up that changes (task, date or owner) is open again and will be notified again.
const followUpSet = `follow_up = $F1, follow_up_due_on = $F2, follow_up_owner_user_id = $F3,
       follow_up_done_at = CASE WHEN (follow_up, follow_up_due_on, follow_up_owner_user_id) IS NOT DISTINCT FROM ($F1::text, $F2::date, $F3::uuid) THEN follow_up_done_at END,
       follow_up_notified_at = CASE WHEN (follow_up_due_on, follow_up_owner_user_id) IS NOT DISTINCT FROM ($F2::date, $F3::uuid) THEN follow_up_notified_at END`;

function withFollowUp(sql: string, first: number): string {
  return sql.replace(/\$F([123])/g, (_, n: string) => `$${first + Number(n) - 1}`);
}

/** The two tables of outreach records: activities and staff consultations. */
export type OutreachTable = 'outreach_activity' | 'staff_consultation';
export type OutreachRecordOf<Table extends OutreachTable> = Table extends 'outreach_activity' ? OutreachActivity : StaffConsultation;
export type OutreachListFilterOf<Table extends OutreachTable> = Table extends 'outreach_activity' ? ActivityListFilter : ConsultationListFilter;

function listOf<Table extends OutreachTable>(table: Table, filter: OutreachListFilterOf<Table>): HeldOnList<OutreachRecordOf<Table>> {
  return (table === 'outreach_activity' ? activityList(filter as ActivityListFilter) : consultationList(filter as ConsultationListFilter)) as HeldOnList<OutreachRecordOf<Table>>;
}

/** An organisation's outreach activities and staff consultations (its own only: row-level security). */
@Injectable()
export class OutreachRepository {
  activityById(context: RequestContext): DataLoader<string, OutreachActivity | null> {
    return context.loader(activitiesById);
  }

  consultationById(context: RequestContext): DataLoader<string, StaffConsultation | null> {
    return context.loader(consultationsById);
  }

  contactIds(context: RequestContext): DataLoader<string, string[]> {
    return context.loader(contactsOfActivity);
  }

  personIds(context: RequestContext): DataLoader<string, string[]> {
    return context.loader(peopleOfActivity);
  }

  staffIds(context: RequestContext): DataLoader<string, string[]> {
    return context.loader(staffOfActivity);
  }

  /** Newest first after the cursor (held_on, id), LIMIT first + 1; the loader is primed. */
  recordPage<Table extends OutreachTable>(
    context: RequestContext,
    table: Table,
    filter: OutreachListFilterOf<Table>,
    first: number,
    after?: readonly [string, string],
  ): Promise<Array<OutreachRecordOf<Table>>> {
    return newestPage(context, listOf(table, filter), first, after, this.recordById(context, table));
  }

  recordCount<Table extends OutreachTable>(context: RequestContext, table: Table, filter: OutreachListFilterOf<Table>): Promise<number> {
    return listCount(context, listOf(table, filter));
  }

  /** Of the ids, those that are active members of the organisation's own staff. */
  async ownStaff(context: RequestContext, organisationId: string, ids: string[]): Promise<Set<string>> {
    const found = await rows<{ id: string }>(context.db, 'SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND organisation_id = $2 AND active', [ids, organisationId]);
    return new Set(found.map((row) => row.id));
  }

  /** Of the ids, the directory entries the reader's organisation has (archived ones too). */
  async contactsFound(context: RequestContext, ids: string[]): Promise<Map<string, { kind: string }>> {
    const found = await rows<{ id: string; kind: string }>(context.db, 'SELECT id, kind FROM contact_organisation WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(found.map((row) => [row.id, { kind: row.kind }]));
  }

  /** Of the ids, the contact persons the reader's organisation has, with their entry. */
  async personsFound(context: RequestContext, ids: string[]): Promise<Map<string, string>> {
    const found = await rows<{ id: string; contact_organisation_id: string }>(context.db, 'SELECT id, contact_organisation_id FROM contact_person WHERE id = ANY($1::uuid[])', [ids]);
    return new Map(found.map((row) => [row.id, row.contact_organisation_id]));
  }

  async insertActivity(context: RequestContext, organisationId: string, userId: string, values: ActivityValues): Promise<string> {
    const { id } = await one<{ id: string }>(
      context.db,
      `INSERT INTO outreach_activity (organisation_id, created_by_user_id, kind, held_on, duration_minutes, title, focus_countries, languages, topics,
                                      participants_women, participants_men, participants_under_18, notes, follow_up, follow_up_due_on, follow_up_owner_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [organisationId, userId, ...activityValues(values), values.followUp, values.followUpDueOn, values.followUpOwnerUserId],
    );
    return id;
  }

  async updateActivity(context: RequestContext, id: string, version: number, values: ActivityValues): Promise<boolean> {
    const { count } = await change(
      context.db,
      withFollowUp(
        `UPDATE outreach_activity
            SET kind = $3, held_on = $4, duration_minutes = $5, title = $6, focus_countries = $7, languages = $8, topics = $9,
                participants_women = $10, participants_men = $11, participants_under_18 = $12, notes = $13, ${followUpSet},
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2`,
        14,
      ),
      [id, version, ...activityValues(values), values.followUp, values.followUpDueOn, values.followUpOwnerUserId],
    );
    return count === 1;
  }

  /** Replaces who took part in an activity. */
  async setActivityLinks(context: RequestContext, activityId: string, organisationId: string, links: ActivityLinks): Promise<void> {
    await execute(
      context.db,
      `WITH gone_contacts AS (DELETE FROM outreach_activity_contact WHERE activity_id = $1),
            gone_people AS (DELETE FROM outreach_activity_person WHERE activity_id = $1),
            gone_staff AS (DELETE FROM outreach_activity_staff WHERE activity_id = $1)
       SELECT 1`,
      [activityId],
    );
    await execute(
      context.db,
      `WITH contacts AS (INSERT INTO outreach_activity_contact (activity_id, contact_organisation_id, organisation_id)
                          SELECT $1, unnest($3::uuid[]), $2),
            people AS (INSERT INTO outreach_activity_person (activity_id, contact_person_id, organisation_id)
                        SELECT $1, unnest($4::uuid[]), $2)
       INSERT INTO outreach_activity_staff (activity_id, user_id, organisation_id) SELECT $1, unnest($5::uuid[]), $2`,
      [activityId, organisationId, links.contactOrganisationIds, links.contactPersonIds, links.staffIds],
    );
  }

  async insertConsultation(context: RequestContext, organisationId: string, userId: string, values: ConsultationValues): Promise<string> {
    const { id } = await one<{ id: string }>(
      context.db,
      `INSERT INTO staff_consultation (organisation_id, created_by_user_id, held_on, department_contact_id, department, district, channel, topic,
                                       country, question, advice, minutes_spent, participants, follow_up, follow_up_due_on, follow_up_owner_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id`,
      [organisationId, userId, ...consultationValues(values), values.followUp, values.followUpDueOn, values.followUpOwnerUserId],
    );
    return id;
  }

  async updateConsultation(context: RequestContext, id: string, version: number, values: ConsultationValues): Promise<boolean> {
    const { count } = await change(
      context.db,
      withFollowUp(
        `UPDATE staff_consultation
            SET held_on = $3, department_contact_id = $4, department = $5, district = $6, channel = $7, topic = $8, country = $9,
                question = $10, advice = $11, minutes_spent = $12, participants = $13, ${followUpSet},
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2`,
        14,
      ),
      [id, version, ...consultationValues(values), values.followUp, values.followUpDueOn, values.followUpOwnerUserId],
    );
    return count === 1;
  }

  /**
   * Whether a case names the activity or consultation as where its returnee came from (migration
   * 0018): then it is not deleted (the attribution would point nowhere).
   */
  async namedAsCaseSource(context: RequestContext, table: OutreachTable, id: string): Promise<boolean> {
    const column = table === 'outreach_activity' ? 'source_outreach_activity_id' : 'source_consultation_id';
    const found = await one<{ named: boolean }>(context.db, `SELECT EXISTS (SELECT 1 FROM referral_case c WHERE c.${column} = $1) AS named`, [id]);
    return found.named;
  }

  async deleteRecord(context: RequestContext, table: OutreachTable, id: string): Promise<void> {
    const sql = table === 'outreach_activity' ? 'DELETE FROM outreach_activity WHERE id = $1' : 'DELETE FROM staff_consultation WHERE id = $1';
    await execute(context.db, sql, [id]);
  }

  /** Marks the follow-up of an activity or consultation done; whether there was an open one. */
  async completeFollowUp(context: RequestContext, table: OutreachTable, id: string): Promise<boolean> {
    const sql =
      table === 'outreach_activity'
        ? 'UPDATE outreach_activity SET follow_up_done_at = now(), version = version + 1, updated_at = now() WHERE id = $1 AND follow_up IS NOT NULL AND follow_up_done_at IS NULL'
        : 'UPDATE staff_consultation SET follow_up_done_at = now(), version = version + 1, updated_at = now() WHERE id = $1 AND follow_up IS NOT NULL AND follow_up_done_at IS NULL';
    const { count } = await change(context.db, sql, [id]);
    return count === 1;
  }

  /**
   * A page of the open follow-ups the user owns, of activities and consultations together, due
   * within 7 days of the organisation's today or overdue; soonest first (then by id). One
   * statement: the page and the count of all of them.
   */
  async followUpsDue(
    context: RequestContext,
    userId: string,
    first: number,
    after?: readonly [string, string],
  ): Promise<{ rows: Array<{ source: 'activity' | 'consultation'; id: string; due_on: string; overdue: boolean }>; totalCount: number }> {
    const found = await rows<{ total: number; source: 'activity' | 'consultation' | null; id: string; due_on: string; overdue: boolean }>(
      context.db,
      `WITH today AS (SELECT app_local_today(app_current_organisation_id()) AS day),
            due AS (
              SELECT 'activity' AS source, a.id, a.follow_up_due_on AS due_on FROM outreach_activity a
               WHERE a.follow_up_owner_user_id = $1 AND a.follow_up IS NOT NULL AND a.follow_up_done_at IS NULL
                 AND a.follow_up_due_on <= (SELECT day FROM today) + 7
              UNION ALL
              SELECT 'consultation', s.id, s.follow_up_due_on FROM staff_consultation s
               WHERE s.follow_up_owner_user_id = $1 AND s.follow_up IS NOT NULL AND s.follow_up_done_at IS NULL
                 AND s.follow_up_due_on <= (SELECT day FROM today) + 7)
       SELECT (SELECT count(*) FROM due)::int AS total, page.source, page.id, to_char(page.due_on, 'YYYY-MM-DD') AS due_on,
              page.due_on < (SELECT day FROM today) AS overdue
         FROM (SELECT 1) AS one
         LEFT JOIN LATERAL (SELECT * FROM due WHERE $2::date IS NULL OR (due.due_on, due.id) > ($2::date, $3::uuid)
                             ORDER BY due.due_on, due.id LIMIT $4) page ON true`,
      [userId, after?.[0] ?? null, after?.[1] ?? null, first + 1],
    );
    return {
      totalCount: found[0]?.total ?? 0,
      rows: found.filter((row) => row.source !== null).map((row) => ({ source: row.source!, id: row.id, due_on: row.due_on, overdue: row.overdue })),
    };
  }

  forgetActivity(context: RequestContext, id: string): void {
    this.activityById(context).clear(id);
    this.contactIds(context).clear(id);
    this.personIds(context).clear(id);
    this.staffIds(context).clear(id);
  }

  forgetConsultation(context: RequestContext, id: string): void {
    this.consultationById(context).clear(id);
  }

  /** The loader of the records of one table. */
  recordById<Table extends OutreachTable>(context: RequestContext, table: Table): DataLoader<string, OutreachRecordOf<Table> | null> {
    return (table === 'outreach_activity' ? this.activityById(context) : this.consultationById(context)) as DataLoader<string, OutreachRecordOf<Table> | null>;
  }

  /** Forgets what this request loaded of a record, after changing it. */
  forgetRecord(context: RequestContext, table: OutreachTable, id: string): void {
    if (table === 'outreach_activity') this.forgetActivity(context, id);
    else this.forgetConsultation(context, id);
  }
}

function activityValues(values: ActivityValues): unknown[] {
  return [
    values.kind,
    values.heldOn,
    values.durationMinutes,
    values.title,
    values.focusCountries,
    values.languages,
    values.topics,
    values.participantsWomen,
    values.participantsMen,
    values.participantsUnder18,
    values.notes,
  ];
}

function consultationValues(values: ConsultationValues): unknown[] {
  return [
    values.heldOn,
    values.departmentContactId,
    values.department,
    values.district,
    values.channel,
    values.topic,
    values.country,
    values.question,
    values.advice,
    values.minutesSpent,
    values.participants,
  ];
}
