import { Injectable } from '@nestjs/common';
import { auditChange } from '../../core/audit/audit.js';
import { AppError, ErrorCode, orNotFound } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { AgreementParty } from './agreement-party.entity.js';
import type { AgreementScope, AgreementStatus } from './agreements.enums.js';
import { canConfirmAgreement, canTerminateAgreement, isAgreementParty } from './agreements.policy.js';
import { AgreementsRepository, isReferenceTaken } from './agreements.repository.js';
import type { CooperationAgreement } from './cooperation-agreement.entity.js';
import type { ProposeAgreementInput } from './dtos/propose-agreement.input.js';

const notFound = (id: string) => AppError.notFound('agreements.notFound', { entityType: 'agreement', entityId: id });

/**
 * Cooperation agreements between organisations. Row-level security shows an agreement only to
 * its parties; every change is a coordinator's, and is audited. Whether an agreement is in force
 * is the database's answer (app_agreement_in_force), never a date compared here.
 */
@Injectable()
export class AgreementsService {
  constructor(
    private readonly repository: AgreementsRepository,
    private readonly organisations: OrganisationsService,
  ) {}

  async get(context: RequestContext, id: string): Promise<CooperationAgreement> {
    requireActor(context);
    return orNotFound(await this.repository.find(context, id), () => notFound(id));
  }

  async list(context: RequestContext, first: number, after?: string | null): Promise<Connection<CooperationAgreement>> {
    requireActor(context);
    checkPageSize(first);
    const { rows, totalCount } = await this.repository.page(context, first + 1, after ? decodeCursor(after, ['date', 'uuid']) : undefined);
    return toConnection(rows, first, totalCount, (a) => [a.validTo, a.id]);
  }

  status(context: RequestContext, agreement: CooperationAgreement): Promise<AgreementStatus> {
    return this.repository.status(context).load(agreement.id);
  }

  parties(context: RequestContext, agreementId: string): Promise<AgreementParty[]> {
    return this.repository.parties(context).load(agreementId);
  }

  async viewerCanConfirm(context: RequestContext, agreement: CooperationAgreement): Promise<boolean> {
    return canConfirmAgreement(requireActor(context), agreement, await this.parties(context, agreement.id));
  }

  async viewerCanTerminate(context: RequestContext, agreement: CooperationAgreement): Promise<boolean> {
    const actor = requireActor(context);
    const [status, parties] = await Promise.all([this.status(context, agreement), this.parties(context, agreement.id)]);
    return canTerminateAgreement(actor, status, parties);
  }

  async propose(context: RequestContext, input: ProposeAgreementInput): Promise<CooperationAgreement> {
    const actor = requireActor(context);
    if (input.validFrom > input.validTo) throw AppError.badInput('validTo', 'validation.dateBefore', { other: input.validFrom });
    const partnerIds = [...new Set(input.partnerIds)];
    if (partnerIds.includes(actor.organisationId) || partnerIds.some((id) => !isUuid(id))) {
      throw AppError.badInput('partnerIds', 'agreements.invalidPartner');
    }
    if ((await this.organisations.findMany(context, partnerIds)).length !== partnerIds.length) {
      throw AppError.badInput('partnerIds', 'agreements.invalidPartner');
    }
    let id: string;
    try {
      id = await this.repository.insert(context, {
        referenceNumber: input.referenceNumber,
        title: input.title,
        scopes: [...new Set(input.scopes)],
        validFrom: input.validFrom,
        validTo: input.validTo,
        responseTimeDays: input.responseTimeDays,
        proposedByOrganisationId: actor.organisationId,
        proposedByUserId: actor.userId,
      });
    } catch (error) {
      if (isReferenceTaken(error)) throw AppError.conflict('agreements.referenceTaken', 'referenceNumber');
      throw error;
    }
    // Proposing confirms on behalf of one's own organisation.
    await this.repository.addParties(context, id, actor, partnerIds);
    await auditChange(context, {
      action: 'agreement.propose',
      entityType: 'agreement',
      entityId: id,
      details: { partners: partnerIds, scopes: input.scopes, validFrom: input.validFrom, validTo: input.validTo },
    });
    return this.get(context, id);
  }

  async confirm(context: RequestContext, id: string): Promise<CooperationAgreement> {
    const actor = requireActor(context);
    const agreement = await this.get(context, id);
    if (agreement.terminatedAt) throw new AppError(ErrorCode.INVALID_TRANSITION, 'agreements.alreadyTerminated');
    if (!(await this.repository.confirm(context, agreement.id, actor.organisationId, actor.userId))) {
      throw new AppError(ErrorCode.INVALID_TRANSITION, 'agreements.nothingToConfirm');
    }
    await auditChange(context, { action: 'agreement.confirm', entityType: 'agreement', entityId: agreement.id });
    this.repository.forget(context, agreement.id);
    return agreement;
  }

  async terminate(context: RequestContext, id: string, reason: string): Promise<CooperationAgreement> {
    const actor = requireActor(context);
    const agreement = await this.get(context, id);
    if (!isAgreementParty(actor, await this.parties(context, agreement.id))) throw AppError.forbidden();
    if (agreement.terminatedAt) throw new AppError(ErrorCode.INVALID_TRANSITION, 'agreements.alreadyTerminated');
    const trimmed = reason.trim();
    if (!trimmed) throw AppError.badInput('reason', 'validation.required');
    if (trimmed.length > 2000) throw AppError.badInput('reason', 'validation.tooLong', { limit: 2000 });
    await this.repository.terminate(context, agreement.id, actor, trimmed);
    await auditChange(context, { action: 'agreement.terminate', entityType: 'agreement', entityId: agreement.id, details: { reason: trimmed } });
    this.repository.forget(context, agreement.id);
    return this.get(context, agreement.id);
  }

  /** The agreement in force today between the viewer's organisation and another, for a scope. */
  async inForceWith(context: RequestContext, partnerId: string, scope: AgreementScope): Promise<CooperationAgreement | undefined> {
    const actor = requireActor(context);
    const id = await this.repository.inForceBetween(context, actor.organisationId, partnerId, scope);
    return id ? this.get(context, id) : undefined;
  }

  /** Organisations the viewer's organisation has an agreement in force with, for a scope, by name. */
  async partners(context: RequestContext, scope: AgreementScope): Promise<Organisation[]> {
    const actor = requireActor(context);
    const found = await this.organisations.findMany(context, await this.repository.partnersInForce(context, actor.organisationId, scope));
    return found.sort((a, b) => a.name.localeCompare(b.name));
  }
}
