import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { auditChange } from '../../core/audit/audit.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import { today } from '../../core/graphql/date.scalar.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { organisationLoader } from '../organisations/organisation.loader.js';
import { AgreementScope, AgreementStatus } from './agreement-scope.enum.js';
import { agreementPartiesLoader } from './agreement-parties.loader.js';
import { AgreementParty, agreementStatus, CooperationAgreement } from './cooperation-agreement.entity.js';
import type { ProposeAgreementInput } from './dtos/propose-agreement.input.js';

/**
 * Cooperation agreements between organisations. Row-level security shows an agreement only to
 * its parties; every change is a coordinator's, and is audited.
 */
@Injectable()
export class AgreementsService {
  async get(context: RequestContext, id: string): Promise<CooperationAgreement> {
    context.actor;
    if (!isUuid(id)) throw AppError.notFound('agreements.notFound', { entityType: 'agreement', entityId: id });
    const agreement = await context.db.getRepository(CooperationAgreement).findOneBy({ id });
    if (!agreement) throw AppError.notFound('agreements.notFound', { entityType: 'agreement', entityId: id });
    return agreement;
  }

  async list(context: RequestContext, first: number, after?: string | null): Promise<Connection<CooperationAgreement>> {
    context.actor;
    checkPageSize(first);
    const query = context.db.getRepository(CooperationAgreement).createQueryBuilder('a');
    const totalCount = await query.clone().getCount();
    if (after) {
      const [validTo, id] = decodeCursor(after, ['date', 'uuid']);
      query.where('(a.valid_to, a.id) < (:validTo::date, :id::uuid)', { validTo, id });
    }
    const rows = await query.orderBy('a.valid_to', 'DESC').addOrderBy('a.id', 'DESC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (a) => [a.validTo, a.id]);
  }

  async status(context: RequestContext, agreement: CooperationAgreement): Promise<AgreementStatus> {
    const parties = await context.loader(agreementPartiesLoader).load(agreement.id);
    return agreementStatus(agreement, parties, today());
  }

  async propose(context: RequestContext, input: ProposeAgreementInput): Promise<CooperationAgreement> {
    const actor = context.actor;
    if (input.validFrom > input.validTo) throw AppError.badInput('validTo', 'validation.dateBefore', { other: input.validFrom });
    const partnerIds = [...new Set(input.partnerIds)];
    if (partnerIds.includes(actor.organisationId) || partnerIds.some((id) => !isUuid(id))) {
      throw AppError.badInput('partnerIds', 'agreements.invalidPartner');
    }
    const partners = await context.loader(organisationLoader).loadMany(partnerIds);
    if (partners.some((partner) => !(partner instanceof Organisation))) throw AppError.badInput('partnerIds', 'agreements.invalidPartner');

    let id: string;
    try {
      const [row] = (await context.db.query(
        `INSERT INTO cooperation_agreement (reference_number, title, scopes, valid_from, valid_to, response_time_days,
                                            proposed_by_organisation_id, proposed_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [input.referenceNumber, input.title, [...new Set(input.scopes)], input.validFrom, input.validTo, input.responseTimeDays, actor.organisationId, actor.userId],
      )) as Array<{ id: string }>;
      id = row!.id;
    } catch (error) {
      const code = error instanceof QueryFailedError ? (error.driverError as { constraint?: string }).constraint : undefined;
      if (code === 'cooperation_agreement_reference_key') throw AppError.conflict('agreements.referenceTaken', 'referenceNumber');
      throw error;
    }
    // Proposing confirms on behalf of one's own organisation.
    await context.db.query(
      `INSERT INTO agreement_party (agreement_id, organisation_id, confirmed_at, confirmed_by_user_id) VALUES ($1, $2, now(), $3)`,
      [id, actor.organisationId, actor.userId],
    );
    await context.db.query(
      `INSERT INTO agreement_party (agreement_id, organisation_id) SELECT $1, unnest($2::uuid[])`,
      [id, partnerIds],
    );
    await auditChange(context, {
      action: 'agreement.propose',
      entityType: 'agreement',
      entityId: id,
      details: { partners: partnerIds, scopes: input.scopes, validFrom: input.validFrom, validTo: input.validTo },
    });
    return this.get(context, id);
  }

  async confirm(context: RequestContext, id: string): Promise<CooperationAgreement> {
    const actor = context.actor;
    const agreement = await this.get(context, id);
    if (agreement.terminatedAt) throw new AppError(ErrorCode.INVALID_TRANSITION, 'agreements.alreadyTerminated');
    const result = (await context.db.query(
      `UPDATE agreement_party SET confirmed_at = now(), confirmed_by_user_id = $3
        WHERE agreement_id = $1 AND organisation_id = $2 AND confirmed_at IS NULL`,
      [agreement.id, actor.organisationId, actor.userId],
    )) as [unknown, number];
    if (result[1] === 0) throw new AppError(ErrorCode.INVALID_TRANSITION, 'agreements.nothingToConfirm');
    await auditChange(context, { action: 'agreement.confirm', entityType: 'agreement', entityId: agreement.id });
    context.loader(agreementPartiesLoader).clear(agreement.id);
    return agreement;
  }

  async terminate(context: RequestContext, id: string, reason: string): Promise<CooperationAgreement> {
    const actor = context.actor;
    const agreement = await this.get(context, id);
    const parties = await context.loader(agreementPartiesLoader).load(agreement.id);
    if (!parties.some((party) => party.organisationId === actor.organisationId)) throw AppError.forbidden();
    if (agreement.terminatedAt) throw new AppError(ErrorCode.INVALID_TRANSITION, 'agreements.alreadyTerminated');
    const trimmed = reason.trim();
    if (!trimmed) throw AppError.badInput('reason', 'validation.required');
    if (trimmed.length > 2000) throw AppError.badInput('reason', 'validation.tooLong', { limit: 2000 });
    await context.db.query(
      `UPDATE cooperation_agreement SET terminated_at = now(), terminated_by_organisation_id = $2, terminated_by_user_id = $3,
              termination_reason = $4 WHERE id = $1`,
      [agreement.id, actor.organisationId, actor.userId, trimmed],
    );
    await auditChange(context, { action: 'agreement.terminate', entityType: 'agreement', entityId: agreement.id, details: { reason: trimmed } });
    return this.get(context, agreement.id);
  }

  /** The agreement in force today between the viewer's organisation and another, for a scope. */
  async inForceWith(context: RequestContext, partnerId: string, scope: AgreementScope): Promise<CooperationAgreement | undefined> {
    const actor = context.actor;
    const rows = (await context.db.query(
      `SELECT a.id FROM cooperation_agreement a
         JOIN agreement_party mine ON mine.agreement_id = a.id AND mine.organisation_id = $1
         JOIN agreement_party theirs ON theirs.agreement_id = a.id AND theirs.organisation_id = $2
        WHERE app_agreement_in_force(a.id, $3)
        ORDER BY a.valid_to DESC LIMIT 1`,
      [actor.organisationId, partnerId, scope],
    )) as Array<{ id: string }>;
    return rows[0] ? this.get(context, rows[0].id) : undefined;
  }

  /** Organisations the viewer's organisation has an agreement in force with, for a scope. */
  async partners(context: RequestContext, scope: AgreementScope): Promise<Organisation[]> {
    const actor = context.actor;
    const rows = (await context.db.query(
      `SELECT DISTINCT theirs.organisation_id AS id FROM cooperation_agreement a
         JOIN agreement_party mine ON mine.agreement_id = a.id AND mine.organisation_id = $1
         JOIN agreement_party theirs ON theirs.agreement_id = a.id AND theirs.organisation_id <> $1
        WHERE app_agreement_in_force(a.id, $2)`,
      [actor.organisationId, scope],
    )) as Array<{ id: string }>;
    const organisations = await context.loader(organisationLoader).loadMany(rows.map((r) => r.id));
    return organisations.filter((o): o is Organisation => o instanceof Organisation).sort((a, b) => a.name.localeCompare(b.name));
  }

  async parties(context: RequestContext, agreementId: string): Promise<AgreementParty[]> {
    return context.loader(agreementPartiesLoader).load(agreementId);
  }
}
