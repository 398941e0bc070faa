import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { auditChange, auditRead } from '../../core/audit/audit.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { hasRole } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { ConsentSection } from '../consents/consent-section.enum.js';
import { StaffMember } from '../staff/staff-member.model.js';
import { Role } from '../users/role.enum.js';
import { isOwner, visibleSections } from './case-access.js';
import { CaseSortField, CaseStatus, ClosureReason, SortDirection } from './case-enums.js';
import { checkCaseDates, checkCreateCase, checkUpdateCase } from './case-input.validation.js';
import {
  caseLoader,
  contactLoader,
  healthLoader,
  householdLoader,
  needsLoader,
  returneeLoader,
  statusHistoryLoader,
} from './case.loaders.js';
import { allowedTransitions, isAllowedTransition, type Transition } from './case-status-machine.js';
import type { CaseStatusChange } from './case-status-change.entity.js';
import type { CasesArgs } from './dtos/cases.args.js';
import type { ChangeCaseStatusInput, CreateCaseInput, HouseholdMemberInput, UpdateCaseInput } from './dtos/case.inputs.js';
import { ReferralCase } from './referral-case.entity.js';
import type { CaseNeeds, HouseholdMember, Returnee, ReturneeContact, ReturneeHealth } from './returnee.entity.js';

/** The section parts of a create or an update; what is absent (or null) stays as it is. */
type SectionsInput = Pick<UpdateCaseInput, 'returnee' | 'contact' | 'household' | 'needs' | 'health'>;

const notFound = (id: string) => AppError.notFound('cases.notFound', { entityType: 'case', entityId: id });

function isRlsViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '42501';
}

const sortExpressions: Record<CaseSortField, string> = {
  [CaseSortField.NUMBER]: `lpad(c.year::text, 4, '0') || lpad(c.sequence::text, 8, '0')`,
  [CaseSortField.UPDATED_AT]: `to_char(c.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`,
  [CaseSortField.PLANNED_DEPARTURE]: `coalesce(c.planned_departure::text, '9999-12-31')`,
  [CaseSortField.RETURNEE_NAME]: `coalesce(lower(r.last_name || ' ' || r.first_name), '')`,
};

/**
 * Referral cases: opening, editing (with a version check), moving through their statuses, and
 * reading them section by section. Every method starts with the access rule; row-level
 * security enforces the same underneath.
 */
@Injectable()
export class CasesService {
  /** A case the actor may see at all (its own, or one referred to its organisation), else NOT_FOUND. */
  async get(context: RequestContext, id: string): Promise<ReferralCase> {
    context.actor;
    if (!isUuid(id)) throw notFound(id);
    const found = await context.loader(caseLoader).load(id);
    if (!found) throw notFound(id);
    return found;
  }

  /** A case of the actor's own organisation, for changes; a partner's view of it is not enough. */
  async getOwned(context: RequestContext, id: string): Promise<ReferralCase> {
    const found = await this.get(context, id);
    if (!isOwner(context, found)) throw AppError.forbidden('cases.ownerOnly');
    return found;
  }

  async list(context: RequestContext, args: CasesArgs): Promise<Connection<ReferralCase>> {
    const actor = context.actor;
    checkPageSize(args.first);
    const filter = args.filter ?? {};
    const field = args.orderBy?.field ?? CaseSortField.UPDATED_AT;
    const direction = args.orderBy?.direction ?? SortDirection.DESC;
    const sortKey = sortExpressions[field];
    const query = context.db
      .getRepository(ReferralCase)
      .createQueryBuilder('c')
      .leftJoin('returnee', 'r', 'r.case_id = c.id')
      .where('c.organisation_id = :organisation', { organisation: actor.organisationId });
    if (filter.status?.length) query.andWhere('c.status = ANY(:statuses)', { statuses: filter.status });
    if (filter.destinationCountry) query.andWhere('c.destination_country = :country', { country: filter.destinationCountry });
    if (filter.responsibleCaseworkerId) {
      if (!isUuid(filter.responsibleCaseworkerId)) throw AppError.badInput('filter.responsibleCaseworkerId', 'validation.invalidValue');
      query.andWhere('c.responsible_user_id = :caseworker', { caseworker: filter.responsibleCaseworkerId });
    }
    if (filter.partnerId) {
      if (!isUuid(filter.partnerId)) throw AppError.badInput('filter.partnerId', 'validation.invalidValue');
      query.andWhere('EXISTS (SELECT 1 FROM referral x WHERE x.case_id = c.id AND x.to_organisation_id = :partner)', { partner: filter.partnerId });
    }
    if (filter.text) {
      const pattern = `%${filter.text.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
      query.andWhere(
        `(lower(c.number) LIKE :pattern OR lower(r.first_name || ' ' || r.last_name) LIKE :pattern
          OR lower(r.last_name || ' ' || r.first_name) LIKE :pattern)`,
        { pattern },
      );
    }
    const totalCount = await query.clone().getCount();
    if (args.after) {
      const [key, id] = decodeCursor(args.after, ['text', 'uuid']);
      query.andWhere(`(${sortKey}, c.id::text) ${direction === SortDirection.ASC ? '>' : '<'} (:key, :afterId)`, { key, afterId: id });
    }
    const { entities, raw } = await query
      .addSelect(sortKey, 'sort_key')
      .orderBy('sort_key', direction)
      .addOrderBy('c.id', direction)
      .limit(args.first + 1)
      .getRawAndEntities<{ sort_key: string; c_id: string }>();
    const keys = new Map(raw.map((row) => [row.c_id, row.sort_key]));
    for (const entity of entities) context.loader(caseLoader).prime(entity.id, entity);
    return toConnection(entities, args.first, totalCount, (c) => [keys.get(c.id) ?? '', c.id]);
  }

  async create(context: RequestContext, raw: CreateCaseInput): Promise<ReferralCase> {
    const actor = context.actor;
    const input = checkCreateCase(raw);
    const responsible = await this.checkResponsible(context, input.responsibleCaseworkerId ?? actor.userId, 'responsibleCaseworkerId');
    const year = new Date().getUTCFullYear();
    // Gapless numbers: the counter row is locked until this transaction ends; a rollback returns the number.
    const [{ last_number: sequence }] = (await context.db.query(
      `INSERT INTO case_number_counter (organisation_id, year, last_number) VALUES ($1, $2, 1)
       ON CONFLICT (organisation_id, year) DO UPDATE SET last_number = case_number_counter.last_number + 1
       RETURNING last_number`,
      [actor.organisationId, year],
    )) as Array<{ last_number: number }>;
    const [{ case_prefix: prefix }] = (await context.db.query('SELECT case_prefix FROM organisation WHERE id = $1', [
      actor.organisationId,
    ])) as Array<{ case_prefix: string | null }>;
    const number = `${prefix ?? actor.organisationId.slice(0, 5).toUpperCase()}-${year}-${String(sequence).padStart(4, '0')}`;
    const [{ id }] = (await context.db.query(
      `INSERT INTO referral_case (organisation_id, number, year, sequence, responsible_user_id, destination_country,
                                  destination_place, planned_departure, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [actor.organisationId, number, year, sequence, responsible, input.destinationCountry, input.destinationPlace, input.plannedDeparture ?? null, actor.userId],
    )) as Array<{ id: string }>;
    await this.writeSections(context, id, input);
    await context.db.query(
      `INSERT INTO case_status_change (case_id, organisation_id, from_status, to_status, changed_by_user_id) VALUES ($1, $2, NULL, 'INTAKE', $3)`,
      [id, actor.organisationId, actor.userId],
    );
    await auditChange(context, { action: 'case.create', entityType: 'case', entityId: id, details: { caseId: id, number } });
    return this.reload(context, id);
  }

  async update(context: RequestContext, raw: UpdateCaseInput): Promise<ReferralCase> {
    const existing = await this.getOwned(context, raw.id);
    const input = checkUpdateCase(raw);
    const returnee = input.returnee ?? (await context.loader(returneeLoader).load(existing.id));
    checkCaseDates({
      dateOfBirth: returnee?.dateOfBirth,
      plannedDeparture: input.plannedDeparture === undefined ? existing.plannedDeparture : input.plannedDeparture,
      actualDeparture: input.actualDeparture === undefined ? existing.actualDeparture : input.actualDeparture,
    });
    const responsible =
      input.responsibleCaseworkerId !== undefined && input.responsibleCaseworkerId !== null
        ? await this.checkResponsible(context, input.responsibleCaseworkerId, 'responsibleCaseworkerId')
        : existing.responsibleUserId;
    await this.takeVersion(context, existing, input.version);
    const has = (key: keyof UpdateCaseInput) => input[key] !== undefined;
    await context.db.query(
      `UPDATE referral_case SET responsible_user_id = $2,
              destination_country = $3, destination_place = $4, planned_departure = $5, actual_departure = $6,
              support_amount_minor = $7, support_currency = $8
        WHERE id = $1`,
      [
        existing.id,
        responsible,
        input.destinationCountry ?? existing.destinationCountry,
        input.destinationPlace ?? existing.destinationPlace,
        has('plannedDeparture') ? input.plannedDeparture : existing.plannedDeparture,
        has('actualDeparture') ? input.actualDeparture : existing.actualDeparture,
        has('supportGranted') ? (input.supportGranted?.amountMinor ?? null) : existing.supportAmountMinor,
        has('supportGranted') ? (input.supportGranted?.currency ?? null) : existing.supportCurrency,
      ],
    );
    await this.writeSections(context, existing.id, input);
    const changed = Object.keys(input).filter((key) => !['id', 'version'].includes(key) && input[key as keyof UpdateCaseInput] !== undefined);
    await auditChange(context, { action: 'case.update', entityType: 'case', entityId: existing.id, details: { caseId: existing.id, changed } });
    return this.reload(context, existing.id);
  }

  async changeStatus(context: RequestContext, input: ChangeCaseStatusInput): Promise<ReferralCase> {
    const actor = context.actor;
    const existing = await this.getOwned(context, input.caseId);
    if (!isAllowedTransition(existing.status, input.to, input.closureReason)) {
      throw new AppError(ErrorCode.INVALID_TRANSITION, input.to === CaseStatus.CLOSED ? 'cases.invalidClosure' : 'cases.invalidTransition', {
        params: { from: existing.status, to: input.to },
        details: { from: existing.status, to: input.to },
      });
    }
    if (input.to === CaseStatus.RETURNED && !existing.actualDeparture) {
      throw AppError.badInput('actualDeparture', 'cases.actualDepartureRequired');
    }
    await this.takeVersion(context, existing, input.version);
    await context.db.query('UPDATE referral_case SET status = $2, closure_reason = $3 WHERE id = $1', [
      existing.id,
      input.to,
      input.closureReason ?? null,
    ]);
    await context.db.query(
      `INSERT INTO case_status_change (case_id, organisation_id, from_status, to_status, closure_reason, changed_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [existing.id, actor.organisationId, existing.status, input.to, input.closureReason ?? null, actor.userId],
    );
    if (input.to === CaseStatus.CLOSED) {
      // A closed case gives no partner access: pending referrals are revoked; accepted ones are
      // completed when the return succeeded, else revoked.
      await context.db.query(
        `UPDATE referral SET status = 'REVOKED', revoked_at = now(), revoked_by_user_id = $2
          WHERE case_id = $1 AND (status = 'PENDING' OR (status = 'ACCEPTED' AND $3 <> 'COMPLETED'))`,
        [existing.id, actor.userId, input.closureReason],
      );
      await context.db.query(`UPDATE referral SET status = 'COMPLETED', completed_at = now() WHERE case_id = $1 AND status = 'ACCEPTED'`, [
        existing.id,
      ]);
    }
    await auditChange(context, {
      action: 'case.status',
      entityType: 'case',
      entityId: existing.id,
      details: { caseId: existing.id, from: existing.status, to: input.to, closureReason: input.closureReason ?? null },
    });
    return this.reload(context, existing.id);
  }

  async caseworkers(context: RequestContext): Promise<StaffMember[]> {
    const actor = context.actor;
    const rows = (await context.db.query(
      `SELECT id, name, organisation_id FROM app_user
        WHERE organisation_id = $1 AND active AND roles && ARRAY['CASEWORKER', 'SUPERVISOR'] ORDER BY lower(name), id`,
      [actor.organisationId],
    )) as Array<{ id: string; name: string; organisation_id: string }>;
    return rows.map((row) => Object.assign(new StaffMember(), { id: row.id, name: row.name, organisationId: row.organisation_id }));
  }

  transitions(context: RequestContext, referralCase: ReferralCase): Transition[] {
    if (!isOwner(context, referralCase) || !hasRole(context.actor, Role.CASEWORKER, Role.SUPERVISOR)) return [];
    return allowedTransitions(referralCase.status);
  }

  history(context: RequestContext, referralCase: ReferralCase): Promise<CaseStatusChange[]> {
    return context.loader(statusHistoryLoader).load(referralCase.id);
  }

  // Sections: each read is checked against the access function, then audited.

  returnee(context: RequestContext, c: ReferralCase): Promise<Returnee | null> {
    return this.section(context, c, ConsentSection.IDENTITY, () => context.loader(returneeLoader).load(c.id));
  }

  contact(context: RequestContext, c: ReferralCase): Promise<ReturneeContact | null> {
    return this.section(context, c, ConsentSection.CONTACT, () => context.loader(contactLoader).load(c.id));
  }

  household(context: RequestContext, c: ReferralCase): Promise<HouseholdMember[] | null> {
    return this.section(context, c, ConsentSection.HOUSEHOLD, () => context.loader(householdLoader).load(c.id));
  }

  needs(context: RequestContext, c: ReferralCase): Promise<CaseNeeds | null> {
    return this.section(context, c, ConsentSection.NEEDS, () => context.loader(needsLoader).load(c.id));
  }

  health(context: RequestContext, c: ReferralCase): Promise<ReturneeHealth | null> {
    return this.section(context, c, ConsentSection.HEALTH, () => context.loader(healthLoader).load(c.id));
  }

  private async section<T>(context: RequestContext, c: ReferralCase, section: ConsentSection, load: () => Promise<T | null>): Promise<T | null> {
    if (!(await visibleSections(context, c)).includes(section)) return null;
    const value = await load();
    if (value !== null) auditRead(context, { entityType: 'case', entityId: c.id, subjectOrganisationId: c.organisationId }, section);
    return value;
  }

  private async reload(context: RequestContext, id: string): Promise<ReferralCase> {
    context.loader(caseLoader).clear(id);
    for (const loader of [returneeLoader, contactLoader, needsLoader, healthLoader, householdLoader, statusHistoryLoader]) {
      context.loader(loader as typeof returneeLoader).clear(id);
    }
    return this.get(context, id);
  }

  /** Edits must name the version they started from; a stale one is refused and changes nothing. */
  private async takeVersion(context: RequestContext, existing: ReferralCase, version: number): Promise<void> {
    const result = (await context.db.query('UPDATE referral_case SET version = version + 1 WHERE id = $1 AND version = $2', [
      existing.id,
      version,
    ])) as [unknown, number];
    if (result[1] !== 1) {
      throw new AppError(ErrorCode.CONFLICT, 'cases.staleVersion', { details: { caseId: existing.id } });
    }
  }

  private async checkResponsible(context: RequestContext, userId: string, field: string): Promise<string> {
    const actor = context.actor;
    if (!isUuid(userId)) throw AppError.badInput(field, 'cases.notACaseworker');
    const rows = (await context.db.query(
      `SELECT id FROM app_user WHERE id = $1 AND organisation_id = $2 AND active AND roles && ARRAY['CASEWORKER', 'SUPERVISOR']`,
      [userId, actor.organisationId],
    )) as Array<{ id: string }>;
    if (rows.length === 0) throw AppError.badInput(field, 'cases.notACaseworker');
    return userId;
  }

  private async writeSections(context: RequestContext, caseId: string, input: SectionsInput): Promise<void> {
    const organisationId = context.actor.organisationId;
    const db = context.db;
    try {
      if (input.returnee) {
        const r = input.returnee;
        await db.query(
          `INSERT INTO returnee (case_id, organisation_id, first_name, last_name, date_of_birth, sex, citizenship, languages,
                                 identity_number, document_language)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
           ON CONFLICT (case_id) DO UPDATE SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
             date_of_birth = EXCLUDED.date_of_birth, sex = EXCLUDED.sex, citizenship = EXCLUDED.citizenship,
             languages = EXCLUDED.languages, identity_number = EXCLUDED.identity_number, document_language = EXCLUDED.document_language`,
          [caseId, organisationId, r.firstName, r.lastName, r.dateOfBirth ?? null, r.sex, r.citizenship ?? null, r.languages, r.identityNumber ?? null, r.documentLanguage],
        );
      }
      if (input.contact) {
        const c = input.contact;
        await db.query(
          `INSERT INTO returnee_contact (case_id, organisation_id, phone, email, address_in_sweden, notes) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (case_id) DO UPDATE SET phone = EXCLUDED.phone, email = EXCLUDED.email,
             address_in_sweden = EXCLUDED.address_in_sweden, notes = EXCLUDED.notes`,
          [caseId, organisationId, c.phone ?? null, c.email ?? null, c.addressInSweden ?? null, c.notes ?? null],
        );
      }
      if (input.household) await this.replaceHousehold(context, caseId, input.household);
      if (input.needs !== undefined && input.needs !== null) {
        await db.query(
          `INSERT INTO case_needs (case_id, organisation_id, description) VALUES ($1, $2, $3)
           ON CONFLICT (case_id) DO UPDATE SET description = EXCLUDED.description`,
          [caseId, organisationId, input.needs],
        );
      }
      if (input.health) {
        if (!hasRole(context.actor, Role.CASEWORKER, Role.SUPERVISOR)) throw AppError.forbidden('cases.healthForbidden');
        await db.query(
          `INSERT INTO returnee_health (case_id, organisation_id, information, vulnerabilities) VALUES ($1, $2, $3, $4)
           ON CONFLICT (case_id) DO UPDATE SET information = EXCLUDED.information, vulnerabilities = EXCLUDED.vulnerabilities`,
          [caseId, organisationId, input.health.information, input.health.vulnerabilities],
        );
      }
    } catch (error) {
      if (isRlsViolation(error)) throw AppError.forbidden();
      throw error;
    }
  }

  private async replaceHousehold(context: RequestContext, caseId: string, members: HouseholdMemberInput[]): Promise<void> {
    const organisationId = context.actor.organisationId;
    const existing = await context.loader(householdLoader).load(caseId);
    const existingIds = new Set(existing.map((m) => m.id));
    const kept = members.filter((m) => m.id).map((m) => m.id!);
    const unknown = kept.find((id) => !existingIds.has(id));
    if (unknown) throw AppError.badInput('household', 'cases.unknownHouseholdMember');
    await context.db.query('DELETE FROM household_member WHERE case_id = $1 AND NOT (id = ANY($2::uuid[]))', [caseId, kept]);
    for (const [position, m] of members.entries()) {
      if (m.id) {
        await context.db.query(
          `UPDATE household_member SET first_name = $2, last_name = $3, date_of_birth = $4, sex = $5, relation = $6,
                  identity_number = $7, travels = $8, position = $9 WHERE id = $1`,
          [m.id, m.firstName, m.lastName, m.dateOfBirth ?? null, m.sex, m.relation, m.identityNumber ?? null, m.travels, position],
        );
      } else {
        await context.db.query(
          `INSERT INTO household_member (case_id, organisation_id, first_name, last_name, date_of_birth, sex, relation,
                                         identity_number, travels, position) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [caseId, organisationId, m.firstName, m.lastName, m.dateOfBirth ?? null, m.sex, m.relation, m.identityNumber ?? null, m.travels, position],
        );
      }
    }
    context.loader(householdLoader).clear(caseId);
  }
}
