import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { QueryFailedError } from 'typeorm';
import { EntityRows, manyBy, oneBy } from '../../core/database/entity-rows.js';
import { change, execute, one, reusedRows, rows } from '../../core/database/sql.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { ConsentSection } from '../consents/consents.enums.js';
import { AuditEvent } from './audit-event.model.js';
import { CaseNeeds } from './case-needs.entity.js';
import type { CaseSourceValues } from './case-source.validation.js';
import { CaseStatusChange } from './case-status-change.entity.js';
import { CaseSortField, SortDirection, type CaseStatus, type ClosureReason } from './cases.enums.js';
import type { ContactInput } from './dtos/contact.input.js';
import type { HealthInput } from './dtos/health.input.js';
import type { HouseholdMemberInput } from './dtos/household-member.input.js';
import type { ReturneeInput } from './dtos/returnee.input.js';
import { HouseholdMember } from './household-member.entity.js';
import { ReferralCase } from './referral-case.entity.js';
import { ReturneeContact } from './returnee-contact.entity.js';
import { ReturneeHealth } from './returnee-health.entity.js';
import { Returnee } from './returnee.entity.js';

/** Cases by id; row-level security decides which the viewer may see. */
export const caseById = oneBy(ReferralCase, 'id', 'id');

// The section tables of a case, by case id.
const returneeByCase = oneBy(Returnee, 'case_id', 'caseId');
const contactByCase = oneBy(ReturneeContact, 'case_id', 'caseId');
const needsByCase = oneBy(CaseNeeds, 'case_id', 'caseId');
const healthByCase = oneBy(ReturneeHealth, 'case_id', 'caseId');
const householdByCase = manyBy(HouseholdMember, 'case_id', 'caseId', 't.position, t.id');
const statusHistoryByCase = manyBy(CaseStatusChange, 'case_id', 'caseId', 't.changed_at, t.id');

/** The sections partner cases share with the viewer's organisation now (app_partner_sections). */
const partnerSectionsByCase = (context: RequestContext) =>
  new DataLoader<string, ConsentSection[] | null>(async (caseIds) => {
    const found = await rows<{ id: string; sections: ConsentSection[] | null }>(
      context.db,
      'SELECT id, app_partner_sections(id) AS sections FROM unnest($1::uuid[]) AS id',
      [[...caseIds]],
    );
    const byId = new Map(found.map((row) => [row.id, row.sections]));
    return caseIds.map((id) => byId.get(id) ?? null);
  });

/**
 * How the case list sorts: the ORDER BY columns (an index of migration 0008 holds them after the
 * organisation, then the id), the key a cursor carries (text, as before 0008, so that cursors handed
 * out earlier stay valid), how SQL turns a cursor's key back into those columns, and the shape a key
 * must have to be cast (a forged cursor fails in the service, never as a cast error in SQL).
 */
interface CaseSort {
  columns: string[];
  key: string;
  fromKey: (param: string) => string;
  keyShape: RegExp;
  joinsReturnee?: boolean;
  /** Sorts on app_search_cases()'s rank: only with a search text, which the page joins. */
  joinsSearch?: boolean;
}

const timestampKey = /\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{6}/.source;

const caseSorts: Record<CaseSortField, CaseSort> = {
  [CaseSortField.NUMBER]: {
    columns: ['c.year', 'c.sequence'],
    key: `lpad(c.year::text, 4, '0') || lpad(c.sequence::text, 8, '0')`,
    fromKey: (key) => `substr(${key}, 1, 4)::int, substr(${key}, 5)::int`,
    keyShape: /^\d{12}$/,
  },
  [CaseSortField.UPDATED_AT]: {
    columns: ['c.updated_at'],
    key: `to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
    fromKey: (key) => `${key}::timestamp AT TIME ZONE 'UTC'`,
    keyShape: new RegExp(`^${timestampKey}$`),
  },
  [CaseSortField.PLANNED_DEPARTURE]: {
    columns: [`coalesce(c.planned_departure, '9999-12-31'::date)`],
    key: `coalesce(c.planned_departure::text, '9999-12-31')`,
    fromKey: (key) => `${key}::date`,
    keyShape: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  },
  [CaseSortField.RETURNEE_NAME]: {
    columns: [`lower(r.last_name || ' ' || r.first_name)`],
    key: `lower(r.last_name || ' ' || r.first_name)`,
    fromKey: (key) => key,
    keyShape: /^[^\u0000]{0,1000}$/u,
    joinsReturnee: true,
  },
  // The search's rank (five digits, app_search_cases), then the last change: best and latest first
  // when descending. The rank of a case for one text does not change from page to page.
  [CaseSortField.RELEVANCE]: {
    columns: ['s.rank', 'c.updated_at'],
    key: `s.rank || to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
    fromKey: (key) => `substr(${key}, 1, 5), substr(${key}, 6)::timestamp AT TIME ZONE 'UTC'`,
    keyShape: new RegExp(`^\\d{5}${timestampKey}$`),
    joinsSearch: true,
  },
};

/** Whether a cursor's sort key can continue the case list in this sort (a real date or time, say). */
export function caseCursorKeyFits(field: CaseSortField, key: string): boolean {
  if (!caseSorts[field].keyShape.test(key)) return false;
  if (field !== CaseSortField.UPDATED_AT && field !== CaseSortField.PLANNED_DEPARTURE && field !== CaseSortField.RELEVANCE) return true;
  const date = field === CaseSortField.RELEVANCE ? key.slice(5, 15) : key.slice(0, 10);
  return new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;
}

/** What a list of an organisation's cases asks for; every filter is optional. */
export interface CaseListQuery {
  organisationId: string;
  statuses?: CaseStatus[] | null;
  destinationCountry?: string | null;
  responsibleUserId?: string | null;
  partnerId?: string | null;
  text?: string | null;
  field: CaseSortField;
  direction: SortDirection;
  limit: number;
  /** The sort key and id of the last case seen (checked with `caseCursorKeyFits`). */
  after?: readonly [key: string, id: string];
}

export interface CasePage {
  cases: ReferralCase[];
  /** Each case's sort key, by case id: the cursor after it. */
  sortKeys: Map<string, string>;
  /** How many cases match the filters: counted only when called. */
  totalCount: () => Promise<number>;
}

export interface NewCase {
  organisationId: string;
  number: string;
  year: number;
  sequence: number;
  responsibleUserId: string;
  destinationCountry: string;
  destinationPlace: string;
  plannedDeparture: string | null;
  createdByUserId: string;
  source: CaseSourceValues;
}

export interface CaseChanges {
  responsibleUserId: string;
  destinationCountry: string;
  destinationPlace: string;
  plannedDeparture: string | null;
  actualDeparture: string | null;
  supportAmountMinor: number | string | null;
  supportCurrency: string | null;
  source: CaseSourceValues;
}

export interface StatusChange {
  caseId: string;
  organisationId: string;
  from: CaseStatus | null;
  to: CaseStatus;
  closureReason: ClosureReason | null;
  changedByUserId: string;
}

function sourceParams(source: CaseSourceValues): unknown[] {
  return [source.kind, source.contactOrganisationId, source.outreachActivityId, source.staffConsultationId];
}

/** A write that row-level security refused (a section the writer may not write). */
export function refusedByRowSecurity(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '42501';
}

/** Parameter references (`$2::text[]`) of the filters on the case's own columns, where given. */
interface OwnFilters {
  statuses?: string;
  destinationCountry?: string;
  responsibleUserId?: string;
}

/**
 * The count of a case list. With one filter besides the organisation, it is read where that
 * filter is: a partner's from the organisation's own referrals to it, by app_sent_case_count() in
 * one index-only scan (referral_by_sender_partner; a referral's sender owns its case, which the
 * database holds since migration 0020, so no case needs looking up);
 * a search from app_search_case_ids() itself (the organisation's cases, for those who may read
 * them). Without a partner or a search, by app_own_case_count() with the case's own filters: from
 * the organisation's index, without row-level security's check of every case.
 * `filters` is the page's own list, first `c.organisation_id = $1`.
 */
function countOf(list: CaseListQuery, filters: string[], own: OwnFilters): string {
  const only = filters.length === 2;
  if (only && list.partnerId) {
    return 'SELECT CASE WHEN $1::uuid = (SELECT app_current_organisation_id()) THEN app_sent_case_count($2::uuid) ELSE 0 END AS count';
  }
  if (only && list.text) return 'SELECT count(*)::int AS count FROM app_search_case_ids($2) WHERE $1::uuid = (SELECT app_current_organisation_id())';
  if (!list.partnerId && !list.text) {
    const args = [own.statuses ?? 'NULL', own.destinationCountry ?? 'NULL', own.responsibleUserId ?? 'NULL'].join(', ');
    return `SELECT CASE WHEN $1::uuid = (SELECT app_current_organisation_id()) THEN app_own_case_count(${args}) ELSE 0 END AS count`;
  }
  return `SELECT count(*)::int AS count FROM referral_case c WHERE ${filters.join(' AND ')}`;
}

/**
 * What is typed into the search, as it goes to app_search_cases(): without NUL (which PostgreSQL's
 * text cannot hold) nor other control characters, which input validation refuses already.
 */
export function searchText(typed: string): string {
  return typed.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
}

/**
 * Referral cases and their section tables, on the request's transaction. Row-level security
 * decides what each statement may see and write; the service decides what to ask.
 */
@Injectable()
export class CasesRepository {
  byId(context: RequestContext): DataLoader<string, ReferralCase | null> {
    return context.loader(caseById);
  }

  /** The case, through `byId`, or null (also for an id that is no UUID, which would spoil the batch). */
  async find(context: RequestContext, id: string): Promise<ReferralCase | null> {
    return isUuid(id) ? this.byId(context).load(id) : null;
  }

  returnee(context: RequestContext): DataLoader<string, Returnee | null> {
    return context.loader(returneeByCase);
  }

  contact(context: RequestContext): DataLoader<string, ReturneeContact | null> {
    return context.loader(contactByCase);
  }

  needs(context: RequestContext): DataLoader<string, CaseNeeds | null> {
    return context.loader(needsByCase);
  }

  health(context: RequestContext): DataLoader<string, ReturneeHealth | null> {
    return context.loader(healthByCase);
  }

  household(context: RequestContext): DataLoader<string, HouseholdMember[]> {
    return context.loader(householdByCase);
  }

  statusHistory(context: RequestContext): DataLoader<string, CaseStatusChange[]> {
    return context.loader(statusHistoryByCase);
  }

  partnerSections(context: RequestContext): DataLoader<string, ConsentSection[] | null> {
    return context.loader(partnerSectionsByCase);
  }

  /** Forgets what this request loaded of a case, after changing it. */
  forget(context: RequestContext, caseId: string): void {
    this.byId(context).clear(caseId);
    for (const factory of [returneeByCase, contactByCase, needsByCase, healthByCase, householdByCase, statusHistoryByCase]) {
      context.loader(factory as typeof returneeByCase).clear(caseId);
    }
  }

  /**
   * One page of an organisation's cases, by keyset on an index of migration 0008 (the sort columns,
   * then the id); the cases found are primed in `byId`. Search goes through app_search_case_ids()
   * (trigram indexes). The count is a function: it runs only when the caller asks for it (a
   * search's first page has it already).
   */
  async page(context: RequestContext, list: CaseListQuery): Promise<CasePage> {
    const sort = caseSorts[list.field];
    const params: unknown[] = [list.organisationId];
    const param = (value: unknown) => `$${params.push(value)}`;
    const filters = ['c.organisation_id = $1'];
    // The parameters of the filters on the case's own columns, which the count passes on (countOf).
    const own: OwnFilters = {
      statuses: list.statuses?.length ? `${param(list.statuses)}::text[]` : undefined,
      destinationCountry: list.destinationCountry ? param(list.destinationCountry) : undefined,
      responsibleUserId: list.responsibleUserId ? `${param(list.responsibleUserId)}::uuid` : undefined,
    };
    if (own.statuses) filters.push(`c.status = ANY(${own.statuses})`);
    if (own.destinationCountry) filters.push(`c.destination_country = ${own.destinationCountry}`);
    if (own.responsibleUserId) filters.push(`c.responsible_user_id = ${own.responsibleUserId}`);
    if (list.partnerId) filters.push(`EXISTS (SELECT 1 FROM referral x WHERE x.case_id = c.id AND x.to_organisation_id = ${param(list.partnerId)}::uuid)`);
    // A text that is blank once cleaned still filters: it finds nothing.
    const textParam = list.text ? param(searchText(list.text)) : undefined;
    const textFilter = textParam ? `c.id IN (SELECT app_search_case_ids(${textParam}))` : undefined;
    if (textFilter) filters.push(textFilter);
    const filterParams = [...params];
    const ranked = Boolean(sort.joinsSearch && textParam);
    if (sort.joinsSearch && !ranked) throw new Error('The case list sorts by relevance only with a search text.');

    const id = sort.joinsReturnee ? 'r.case_id' : 'c.id';
    // The returnee comes with the page (every list shows the name): one statement, not two. Sorted by
    // relevance, the search is joined for its rank instead of filtering by the ids it finds.
    const where = ranked ? filters.filter((filter) => filter !== textFilter) : [...filters];
    // Best first with nothing but the search to filter by (the search applies the organisation
    // itself), only the cases ranked at least as well as the page's last one need their case row
    // for the date that breaks ties: a two-letter search finds 15,000 cases at 100,000, and
    // reading each one's case to sort them was most of its time. `cut` is the rank of the
    // page's last case counting from the cursor's rank down (every case of the cursor's own rank
    // stays a candidate: the date decides which of them are still to come).
    const cutByRank = ranked && list.direction === SortDirection.DESC && where.length === 1;
    let afterRank: string | undefined;
    if (list.after) {
      const [key, afterId] = list.after;
      const keyParam = param(key);
      if (cutByRank) afterRank = `substr(${keyParam}, 1, 5)`;
      const comparison = list.direction === SortDirection.ASC ? '>' : '<';
      where.push(`(${[...sort.columns, id].join(', ')}) ${comparison} (${sort.fromKey(keyParam)}, ${param(afterId)}::uuid)`);
    }
    let search = `app_search_cases(${textParam}) s`;
    if (cutByRank) {
      const below = afterRank ? `WHERE f.rank < ${afterRank} ` : '';
      const cut = `coalesce((SELECT f.rank FROM found f ${below}ORDER BY f.rank DESC OFFSET ${param(list.limit)}::int - 1 LIMIT 1), '')`;
      search = `(SELECT f.case_id, f.rank FROM found f WHERE f.rank >= ${cut}${afterRank ? ` AND f.rank <= ${afterRank}` : ''}) s`;
    }
    const from = sort.joinsReturnee
      ? 'referral_case c JOIN returnee r ON r.case_id = c.id AND r.organisation_id = $1'
      : ranked
        ? `${search} JOIN referral_case c ON c.id = s.case_id`
        : 'referral_case c LEFT JOIN returnee r ON r.case_id = c.id';
    const direction = list.direction === SortDirection.ASC ? 'ASC' : 'DESC';
    const order = [...sort.columns, id].map((column) => `${column} ${direction}`).join(', ');
    const caseRows = EntityRows.of(context.db, ReferralCase);
    const returneeRows = EntityRows.of(context.db, Returnee);
    // A search's first page sorts every case found anyway: it counts them on the way, instead of a
    // second call of app_search_case_ids() when totalCount is asked for.
    const countedHere = Boolean(textParam) && !list.after && !sort.joinsReturnee;
    const total = countedHere ? (cutByRank ? ', (SELECT count(*) FROM found)::int AS total' : ', count(*) OVER ()::int AS total') : '';
    const limit = param(list.limit);
    // Sorted by relevance, a search may find thousands of cases: their ranks and dates are sorted
    // first, and only the page's cases are read whole, with their returnees.
    const withFound = cutByRank ? `WITH found AS MATERIALIZED (SELECT case_id, rank FROM app_search_cases(${textParam})) ` : '';
    const sql = ranked
      ? `${withFound}SELECT p.sort_key${countedHere ? ', p.total' : ''}, ${caseRows.select('c')}, ${returneeRows.select('r')}
           FROM (SELECT c.id, ${sort.key} AS sort_key${total} FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit}) p
           JOIN referral_case c ON c.id = p.id LEFT JOIN returnee r ON r.case_id = c.id
          ORDER BY p.sort_key COLLATE "C" ${direction}, c.id ${direction}`
      : `SELECT ${sort.key} AS sort_key${total}, ${caseRows.select('c')}, ${returneeRows.select('r')}
           FROM ${from} WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT ${limit}`;
    // Without a search the statement is one of the few that the filters and sorts make, and
    // planning it cost more than running it: prepared. A search is planned for its text (how many
    // cases it finds decides the plan).
    const found = await (textParam ? rows : reusedRows)<Record<string, unknown> & { sort_key: string; total?: number }>(context.db, sql, params);
    // What the page read is what `byId` and `returnee` would load in this transaction: primed.
    const cases = found.map((row) => {
      const c = caseRows.hydrate(row, 'c') as ReferralCase;
      this.byId(context).prime(c.id, c);
      this.returnee(context).prime(c.id, returneeRows.hydrate(row, 'r'));
      return c;
    });
    const totalCount = async () =>
      countedHere ? (found[0]?.total ?? 0) : (await one<{ count: number }>(context.db, countOf(list, filters, own), filterParams)).count;
    return { cases, sortKeys: new Map(cases.map((c, index) => [c.id, found[index]!.sort_key])), totalCount };
  }

  /**
   * The next number of the organisation's year, and its case prefix. Gapless: the counter row is
   * locked until the transaction ends, and a rollback gives the number back.
   */
  async takeNumber(context: RequestContext, organisationId: string, year: number): Promise<{ sequence: number; prefix: string | null }> {
    const { last_number: sequence } = await one<{ last_number: number }>(
      context.db,
      `INSERT INTO case_number_counter (organisation_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (organisation_id, year) DO UPDATE SET last_number = case_number_counter.last_number + 1
       RETURNING last_number`,
      [organisationId, year],
    );
    const { case_prefix: prefix } = await one<{ case_prefix: string | null }>(context.db, 'SELECT case_prefix FROM organisation WHERE id = $1', [
      organisationId,
    ]);
    return { sequence, prefix };
  }

  async insert(context: RequestContext, c: NewCase): Promise<string> {
    const { id } = await one<{ id: string }>(
      context.db,
      `INSERT INTO referral_case (organisation_id, number, year, sequence, responsible_user_id, destination_country,
                                  destination_place, planned_departure, created_by_user_id,
                                  source_kind, source_contact_id, source_outreach_activity_id, source_consultation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        c.organisationId,
        c.number,
        c.year,
        c.sequence,
        c.responsibleUserId,
        c.destinationCountry,
        c.destinationPlace,
        c.plannedDeparture,
        c.createdByUserId,
        ...sourceParams(c.source),
      ],
    );
    return id;
  }

  async update(context: RequestContext, caseId: string, c: CaseChanges): Promise<void> {
    await execute(
      context.db,
      `UPDATE referral_case SET responsible_user_id = $2,
              destination_country = $3, destination_place = $4, planned_departure = $5, actual_departure = $6,
              support_amount_minor = $7, support_currency = $8,
              source_kind = $9, source_contact_id = $10, source_outreach_activity_id = $11, source_consultation_id = $12
        WHERE id = $1`,
      [
        caseId,
        c.responsibleUserId,
        c.destinationCountry,
        c.destinationPlace,
        c.plannedDeparture,
        c.actualDeparture,
        c.supportAmountMinor,
        c.supportCurrency,
        ...sourceParams(c.source),
      ],
    );
  }

  /** Moves the case to its next version if it is still at `version`; false when another edit came first. */
  async takeVersion(context: RequestContext, caseId: string, version: number): Promise<boolean> {
    const { count } = await change(context.db, 'UPDATE referral_case SET version = version + 1 WHERE id = $1 AND version = $2', [caseId, version]);
    return count === 1;
  }

  async setStatus(context: RequestContext, caseId: string, status: CaseStatus, closureReason: ClosureReason | null): Promise<void> {
    await execute(context.db, 'UPDATE referral_case SET status = $2, closure_reason = $3 WHERE id = $1', [caseId, status, closureReason]);
  }

  async recordStatusChange(context: RequestContext, change: StatusChange): Promise<void> {
    await execute(
      context.db,
      `INSERT INTO case_status_change (case_id, organisation_id, from_status, to_status, closure_reason, changed_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [change.caseId, change.organisationId, change.from, change.to, change.closureReason, change.changedByUserId],
    );
  }

  /**
   * A closed case gives no partner access: pending referrals are revoked; accepted ones are
   * completed when the return succeeded (closed as COMPLETED), else revoked.
   */
  async endReferralsOfClosedCase(context: RequestContext, caseId: string, userId: string, closureReason: ClosureReason | null): Promise<void> {
    await execute(
      context.db,
      `UPDATE referral SET status = 'REVOKED', revoked_at = now(), revoked_by_user_id = $2
        WHERE case_id = $1 AND (status = 'PENDING' OR (status = 'ACCEPTED' AND $3 <> 'COMPLETED'))`,
      [caseId, userId, closureReason],
    );
    await execute(context.db, `UPDATE referral SET status = 'COMPLETED', completed_at = now() WHERE case_id = $1 AND status = 'ACCEPTED'`, [caseId]);
  }

  // The section tables: one row per case (a household, one per member), written by the owner.

  async saveReturnee(context: RequestContext, caseId: string, organisationId: string, r: ReturneeInput): Promise<void> {
    await execute(
      context.db,
      `INSERT INTO returnee (case_id, organisation_id, first_name, last_name, date_of_birth, sex, citizenship, languages,
                             identity_number, document_language)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (case_id) DO UPDATE SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
         date_of_birth = EXCLUDED.date_of_birth, sex = EXCLUDED.sex, citizenship = EXCLUDED.citizenship,
         languages = EXCLUDED.languages, identity_number = EXCLUDED.identity_number, document_language = EXCLUDED.document_language`,
      [caseId, organisationId, r.firstName, r.lastName, r.dateOfBirth ?? null, r.sex, r.citizenship ?? null, r.languages, r.identityNumber ?? null, r.documentLanguage],
    );
  }

  async saveContact(context: RequestContext, caseId: string, organisationId: string, c: ContactInput): Promise<void> {
    await execute(
      context.db,
      `INSERT INTO returnee_contact (case_id, organisation_id, phone, email, address_in_sweden, notes) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (case_id) DO UPDATE SET phone = EXCLUDED.phone, email = EXCLUDED.email,
         address_in_sweden = EXCLUDED.address_in_sweden, notes = EXCLUDED.notes`,
      [caseId, organisationId, c.phone ?? null, c.email ?? null, c.addressInSweden ?? null, c.notes ?? null],
    );
  }

  async saveNeeds(context: RequestContext, caseId: string, organisationId: string, description: string): Promise<void> {
    await execute(
      context.db,
      `INSERT INTO case_needs (case_id, organisation_id, description) VALUES ($1, $2, $3)
       ON CONFLICT (case_id) DO UPDATE SET description = EXCLUDED.description`,
      [caseId, organisationId, description],
    );
  }

  async saveHealth(context: RequestContext, caseId: string, organisationId: string, health: HealthInput): Promise<void> {
    await execute(
      context.db,
      `INSERT INTO returnee_health (case_id, organisation_id, information, vulnerabilities) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id) DO UPDATE SET information = EXCLUDED.information, vulnerabilities = EXCLUDED.vulnerabilities`,
      [caseId, organisationId, health.information, health.vulnerabilities],
    );
  }

  /** Replaces the household: members with an id are kept (and edited), the others are new; the rest go. */
  async replaceHousehold(context: RequestContext, caseId: string, organisationId: string, members: HouseholdMemberInput[]): Promise<void> {
    const kept = members.filter((m) => m.id).map((m) => m.id!);
    await execute(context.db, 'DELETE FROM household_member WHERE case_id = $1 AND NOT (id = ANY($2::uuid[]))', [caseId, kept]);
    for (const [position, m] of members.entries()) {
      if (m.id) {
        await execute(
          context.db,
          `UPDATE household_member SET first_name = $2, last_name = $3, date_of_birth = $4, sex = $5, relation = $6,
                  identity_number = $7, travels = $8, position = $9 WHERE id = $1`,
          [m.id, m.firstName, m.lastName, m.dateOfBirth ?? null, m.sex, m.relation, m.identityNumber ?? null, m.travels, position],
        );
      } else {
        await execute(
          context.db,
          `INSERT INTO household_member (case_id, organisation_id, first_name, last_name, date_of_birth, sex, relation,
                                         identity_number, travels, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [caseId, organisationId, m.firstName, m.lastName, m.dateOfBirth ?? null, m.sex, m.relation, m.identityNumber ?? null, m.travels, position],
        );
      }
    }
    this.household(context).clear(caseId);
  }

  /**
   * One page of a case's audit trail, newest first: everything recorded about the case and about
   * the consents and referrals that belong to it, and the refused attempts of other organisations
   * on them, which reach the owner as notices (audit_notice).
   */
  async auditTrail(
    context: RequestContext,
    organisationId: string,
    caseId: string,
    limit: number,
    afterId?: string,
  ): Promise<{ events: AuditEvent[]; totalCount: number }> {
    // Reads of several cases at once are one event naming them all (details.read, migration 0008).
    const where = `((subject_organisation_id = $1 AND ((entity_type = 'case' AND entity_id = $2) OR details->>'caseId' = $2
                                                   OR (entity_type = 'case' AND entity_id IS NULL AND details -> 'read' ? $2)))
                    OR id IN (SELECT event_id FROM audit_notice WHERE organisation_id = $1 AND case_id = $2::uuid))`;
    const { count } = await one<{ count: number }>(context.db, `SELECT count(*)::int AS count FROM audit_event WHERE ${where}`, [organisationId, caseId]);
    const params: unknown[] = [organisationId, caseId, limit];
    let cursor = '';
    if (afterId !== undefined) {
      params.push(afterId);
      cursor = 'AND id < $4::bigint';
    }
    const found = await rows<{
      id: string;
      occurred_at: Date;
      action: string;
      actor_user_id: string | null;
      organisation_id: string | null;
      entity_type: string;
      entity_id: string | null;
      request_id: string | null;
    }>(
      context.db,
      `SELECT id::text, occurred_at, action, actor_user_id, organisation_id, entity_type,
              CASE WHEN entity_id IS NULL AND details -> 'read' ? $2 THEN $2 ELSE entity_id END AS entity_id, request_id
         FROM audit_event WHERE ${where} ${cursor} ORDER BY id DESC LIMIT $3`,
      params,
    );
    const events = found.map((row) =>
      Object.assign(new AuditEvent(), {
        id: row.id,
        occurredAt: row.occurred_at,
        action: row.action,
        actorUserId: row.actor_user_id,
        organisationId: row.organisation_id,
        entityType: row.entity_type,
        entityId: row.entity_id,
        requestId: row.request_id,
      }),
    );
    return { events, totalCount: count };
  }
}
