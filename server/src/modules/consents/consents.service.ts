import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { auditChange } from '../../core/audit/audit.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import { today } from '../../core/graphql/date.scalar.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Attachment } from '../attachments/attachment.entity.js';
import { isOwner } from '../cases/case-access.js';
import { CaseStatus } from '../cases/case-enums.js';
import { CasesService } from '../cases/cases.service.js';
import type { ReferralCase } from '../cases/referral-case.entity.js';
import { organisationLoader } from '../organisations/organisation.loader.js';
import { Consent } from './consent.entity.js';
import type { RecordConsentInput } from './dtos.js';

export const consentsByCaseLoader = (context: RequestContext) =>
  new DataLoader<string, Consent[]>(async (caseIds) => {
    const rows = await context.db.getRepository(Consent).find({ where: { caseId: In([...caseIds]) }, order: { recordedAt: 'DESC' } });
    return caseIds.map((id) => rows.filter((row) => row.caseId === id));
  });

/**
 * Consent: recorded for one partner and named sections; withdrawn with effect at once. A
 * withdrawal (or a narrower new consent) also revokes the referrals it no longer covers, so the
 * partner's loss of access is visible as a status, not only enforced by the policies.
 */
@Injectable()
export class ConsentsService {
  constructor(private readonly cases: CasesService) {}

  async forCase(context: RequestContext, referralCase: ReferralCase): Promise<Consent[]> {
    if (!isOwner(context, referralCase)) return [];
    return context.loader(consentsByCaseLoader).load(referralCase.id);
  }

  async record(context: RequestContext, input: RecordConsentInput): Promise<Consent> {
    const actor = context.actor;
    const referralCase = await this.cases.getOwned(context, input.caseId);
    if (referralCase.status === CaseStatus.CLOSED) throw new AppError(ErrorCode.INVALID_TRANSITION, 'cases.closed');
    if (!isUuid(input.partnerId) || input.partnerId === actor.organisationId || !(await context.loader(organisationLoader).load(input.partnerId))) {
      throw AppError.badInput('partnerId', 'consents.invalidPartner');
    }
    if (input.givenOn > today()) throw AppError.badInput('givenOn', 'validation.dateInFuture');
    if (input.formAttachmentId) {
      const form = isUuid(input.formAttachmentId) ? await context.db.getRepository(Attachment).findOneBy({ id: input.formAttachmentId }) : null;
      if (!form) throw AppError.badInput('formAttachmentId', 'consents.unknownAttachment');
    }
    const sections = [...new Set(input.sections)];
    // One active consent per partner: a new one replaces it.
    const replaced = (await context.db.query(
      `UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $3
        WHERE case_id = $1 AND partner_organisation_id = $2 AND withdrawn_at IS NULL RETURNING id`,
      [referralCase.id, input.partnerId, actor.userId],
    )) as [Array<{ id: string }>, number];
    const [{ id }] = (await context.db.query(
      `INSERT INTO consent (case_id, organisation_id, partner_organisation_id, sections, given_on, form_attachment_id, recorded_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [referralCase.id, actor.organisationId, input.partnerId, sections, input.givenOn, input.formAttachmentId ?? null, actor.userId],
    )) as Array<{ id: string }>;
    const revoked = await this.revokeUncovered(context, referralCase.id, input.partnerId, sections);
    await auditChange(context, {
      action: 'consent.record',
      entityType: 'consent',
      entityId: id,
      details: { caseId: referralCase.id, partner: input.partnerId, sections, replaced: replaced[0].map((r) => r.id), revokedReferrals: revoked },
    });
    return this.get(context, id);
  }

  async withdraw(context: RequestContext, id: string): Promise<Consent> {
    const actor = context.actor;
    const consent = await this.get(context, id);
    await this.cases.getOwned(context, consent.caseId);
    if (consent.withdrawnAt) throw new AppError(ErrorCode.INVALID_TRANSITION, 'consents.alreadyWithdrawn');
    await context.db.query('UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $2 WHERE id = $1', [consent.id, actor.userId]);
    const revoked = await this.revokeUncovered(context, consent.caseId, consent.partnerOrganisationId, []);
    await auditChange(context, {
      action: 'consent.withdraw',
      entityType: 'consent',
      entityId: consent.id,
      details: { caseId: consent.caseId, partner: consent.partnerOrganisationId, revokedReferrals: revoked },
    });
    return this.get(context, consent.id);
  }

  async form(context: RequestContext, consent: Consent): Promise<Attachment | null> {
    if (!consent.formAttachmentId) return null;
    return context.db.getRepository(Attachment).findOneBy({ id: consent.formAttachmentId });
  }

  private async get(context: RequestContext, id: string): Promise<Consent> {
    context.actor;
    const found = isUuid(id) ? await context.db.getRepository(Consent).findOneBy({ id }) : null;
    if (!found) throw AppError.notFound('consents.notFound', { entityType: 'consent', entityId: id });
    return found;
  }

  /** Revokes live referrals of the case to the partner whose sections the consent no longer covers. */
  private async revokeUncovered(context: RequestContext, caseId: string, partnerId: string, covered: string[]): Promise<string[]> {
    const [rows] = (await context.db.query(
      `UPDATE referral SET status = 'REVOKED', revoked_at = now(), revoked_by_user_id = $4
        WHERE case_id = $1 AND to_organisation_id = $2 AND status IN ('PENDING', 'ACCEPTED') AND NOT (sections <@ $3::text[])
       RETURNING id`,
      [caseId, partnerId, covered, context.actor.userId],
    )) as [Array<{ id: string }>, number];
    return rows.map((row) => row.id);
  }
}
