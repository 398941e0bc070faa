import { Injectable } from '@nestjs/common';
import { auditChange } from '../../core/audit/audit.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import { today } from '../../core/graphql/date.scalar.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { Attachment } from '../attachments/attachment.entity.js';
import { AttachmentsService } from '../attachments/attachments.service.js';
import { CaseStatus } from '../cases/cases.enums.js';
import { CasesService } from '../cases/cases.service.js';
import type { ReferralCase } from '../cases/referral-case.entity.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import type { Consent } from './consent.entity.js';
import type { ConsentSection } from './consents.enums.js';
import { canSeeConsents } from './consents.policy.js';
import { ConsentsRepository } from './consents.repository.js';
import type { RecordConsentInput } from './dtos/record-consent.input.js';

/**
 * Consent: recorded for one partner and named sections; withdrawn with effect at once. A
 * withdrawal (or a narrower new consent) also revokes the referrals it no longer covers, so the
 * partner's loss of access is visible as a status, not only enforced by the policies.
 */
@Injectable()
export class ConsentsService {
  constructor(
    private readonly repository: ConsentsRepository,
    private readonly cases: CasesService,
    private readonly organisations: OrganisationsService,
    private readonly attachments: AttachmentsService,
  ) {}

  async forCase(context: RequestContext, referralCase: ReferralCase): Promise<Consent[]> {
    if (!canSeeConsents(requireActor(context), referralCase)) return [];
    return this.repository.byCase(context).load(referralCase.id);
  }

  async record(context: RequestContext, input: RecordConsentInput): Promise<Consent> {
    const actor = requireActor(context);
    const referralCase = await this.cases.getOwned(context, input.caseId);
    if (referralCase.status === CaseStatus.CLOSED) throw new AppError(ErrorCode.INVALID_TRANSITION, 'cases.closed');
    if (input.partnerId === actor.organisationId || !(await this.organisations.find(context, input.partnerId))) {
      throw AppError.badInput('partnerId', 'consents.invalidPartner');
    }
    if (input.givenOn > today()) throw AppError.badInput('givenOn', 'validation.dateInFuture');
    if (input.formAttachmentId && !(await this.attachments.find(context, input.formAttachmentId))) {
      throw AppError.badInput('formAttachmentId', 'consents.unknownAttachment');
    }
    const sections = [...new Set(input.sections)];
    // One active consent per partner: a new one replaces it.
    const replaced = await this.repository.withdrawActive(context, referralCase.id, input.partnerId, actor.userId);
    const id = await this.repository.insert(context, {
      caseId: referralCase.id,
      organisationId: actor.organisationId,
      partnerOrganisationId: input.partnerId,
      sections,
      givenOn: input.givenOn,
      formAttachmentId: input.formAttachmentId ?? null,
      recordedByUserId: actor.userId,
    });
    const revoked = await this.repository.revokeUncoveredReferrals(context, referralCase.id, input.partnerId, sections, actor.userId);
    await auditChange(context, {
      action: 'consent.record',
      entityType: 'consent',
      entityId: id,
      details: { caseId: referralCase.id, partner: input.partnerId, sections, replaced, revokedReferrals: revoked },
    });
    return this.get(context, id);
  }

  async withdraw(context: RequestContext, id: string): Promise<Consent> {
    const actor = requireActor(context);
    const consent = await this.get(context, id);
    await this.cases.getOwned(context, consent.caseId);
    if (consent.withdrawnAt) throw new AppError(ErrorCode.INVALID_TRANSITION, 'consents.alreadyWithdrawn');
    await this.repository.withdraw(context, consent.id, actor.userId);
    const revoked = await this.repository.revokeUncoveredReferrals(context, consent.caseId, consent.partnerOrganisationId, [], actor.userId);
    await auditChange(context, {
      action: 'consent.withdraw',
      entityType: 'consent',
      entityId: consent.id,
      details: { caseId: consent.caseId, partner: consent.partnerOrganisationId, revokedReferrals: revoked },
    });
    return this.get(context, consent.id);
  }

  /** The sections the case's active consent for the partner covers; undefined without one. */
  activeSections(context: RequestContext, caseId: string, partnerId: string): Promise<ConsentSection[] | undefined> {
    return this.repository.activeSections(context, caseId, partnerId);
  }

  async form(context: RequestContext, consent: Consent): Promise<Attachment | null> {
    return consent.formAttachmentId ? this.attachments.find(context, consent.formAttachmentId) : null;
  }

  private async get(context: RequestContext, id: string): Promise<Consent> {
    requireActor(context);
    const found = await this.repository.find(context, id);
    if (!found) throw AppError.notFound('consents.notFound', { entityType: 'consent', entityId: id });
    return found;
  }
}
