import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { auditChange } from '../../core/audit/audit.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { hasRole } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { AgreementScope } from '../agreements/agreement-scope.enum.js';
import { AgreementsService } from '../agreements/agreements.service.js';
import { isOwner } from '../cases/case-access.js';
import { CaseStatus } from '../cases/case-enums.js';
import { CasesService } from '../cases/cases.service.js';
import type { ReferralCase } from '../cases/referral-case.entity.js';
import { allSections, type ConsentSection } from '../consents/consent-section.enum.js';
import { NotificationKind } from '../notifications/notification.model.js';
import { notify } from '../notifications/notify.js';
import { organisationLoader } from '../organisations/organisation.loader.js';
import { Role } from '../users/role.enum.js';
import { actionsFrom, referralTransition } from './referral-status-machine.js';
import { Referral, ReferralAction, ReferralStatus } from './referral.entity.js';

export const referralsByCaseLoader = (context: RequestContext) =>
  new DataLoader<string, Referral[]>(async (caseIds) => {
    const rows = await context.db.getRepository(Referral).find({ where: { caseId: In([...caseIds]) }, order: { sentAt: 'DESC' } });
    return caseIds.map((id) => rows.filter((row) => row.caseId === id));
  });

const notFound = (id: string) => AppError.notFound('referrals.notFound', { entityType: 'referral', entityId: id });

/**
 * Referrals of a case to a partner. Sending needs an agreement with REFERRALS in force and a
 * consent that covers every shared section; the partner then sees the case only while the
 * referral gives access (row-level security: app_referral_gives_access).
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly cases: CasesService,
    private readonly agreements: AgreementsService,
  ) {}

  async get(context: RequestContext, id: string): Promise<Referral> {
    context.actor;
    if (!isUuid(id)) throw notFound(id);
    const found = await context.db.getRepository(Referral).findOneBy({ id });
    if (!found) throw notFound(id);
    return found;
  }

  /** The owner sees every referral of its case; a partner only its own live one. */
  async forCase(context: RequestContext, referralCase: ReferralCase): Promise<Referral[]> {
    const referrals = await context.loader(referralsByCaseLoader).load(referralCase.id);
    if (isOwner(context, referralCase)) return referrals;
    return referrals.filter((r) => r.toOrganisationId === context.actor.organisationId);
  }

  async inbox(context: RequestContext, first: number, after?: string | null): Promise<Connection<Referral>> {
    const actor = context.actor;
    checkPageSize(first);
    const query = context.db
      .getRepository(Referral)
      .createQueryBuilder('r')
      .where(`r.to_organisation_id = :org AND r.status = 'PENDING' AND r.expires_at > now()`, { org: actor.organisationId });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [sentAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(r.sent_at, r.id) > (:sentAt::timestamptz, :id::uuid)', { sentAt, id });
    }
    const rows = await query.orderBy('r.sent_at', 'ASC').addOrderBy('r.id', 'ASC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (r) => [r.sentAt.toISOString(), r.id]);
  }

  async incoming(context: RequestContext, statuses: ReferralStatus[] | null | undefined, first: number, after?: string | null): Promise<Connection<Referral>> {
    const actor = context.actor;
    checkPageSize(first);
    const wanted = (statuses?.length ? statuses : [ReferralStatus.PENDING, ReferralStatus.ACCEPTED]).filter((s) =>
      [ReferralStatus.PENDING, ReferralStatus.ACCEPTED].includes(s),
    );
    const query = context.db
      .getRepository(Referral)
      .createQueryBuilder('r')
      .where('r.to_organisation_id = :org AND r.status = ANY(:statuses)', { org: actor.organisationId, statuses: wanted });
    const totalCount = await query.clone().getCount();
    if (after) {
      const [sentAt, id] = decodeCursor(after, ['timestamp', 'uuid']);
      query.andWhere('(r.sent_at, r.id) < (:sentAt::timestamptz, :id::uuid)', { sentAt, id });
    }
    const rows = await query.orderBy('r.sent_at', 'DESC').addOrderBy('r.id', 'DESC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (r) => [r.sentAt.toISOString(), r.id]);
  }

  async send(context: RequestContext, input: { caseId: string; partnerId: string; sections: ConsentSection[] }): Promise<Referral> {
    const actor = context.actor;
    const referralCase = await this.cases.getOwned(context, input.caseId);
    if (referralCase.status === CaseStatus.CLOSED) throw new AppError(ErrorCode.INVALID_TRANSITION, 'cases.closed');
    const sections = [...new Set(input.sections)].filter((s) => allSections.includes(s));
    if (!isUuid(input.partnerId) || input.partnerId === actor.organisationId) throw AppError.badInput('partnerId', 'referrals.invalidPartner');
    const partner = await context.loader(organisationLoader).load(input.partnerId);
    if (!partner) throw AppError.badInput('partnerId', 'referrals.invalidPartner');

    const agreement = await this.agreements.inForceWith(context, partner.id, AgreementScope.REFERRALS);
    if (!agreement) {
      throw new AppError(ErrorCode.AGREEMENT_MISSING, 'referrals.agreementMissing', { params: { partner: partner.name } });
    }
    const consents = (await context.db.query(
      `SELECT sections FROM consent WHERE case_id = $1 AND partner_organisation_id = $2 AND withdrawn_at IS NULL`,
      [referralCase.id, partner.id],
    )) as Array<{ sections: ConsentSection[] }>;
    const covered = consents[0]?.sections ?? [];
    const missing = sections.filter((s) => !covered.includes(s));
    if (consents.length === 0 || missing.length > 0) {
      throw new AppError(ErrorCode.CONSENT_MISSING, consents.length === 0 ? 'referrals.noConsent' : 'referrals.consentMissing', {
        params: { partner: partner.name, sections: missing.join(',') },
        details: { missingSections: consents.length === 0 ? sections : missing },
      });
    }
    const [open] = (await context.db.query(
      `SELECT id FROM referral WHERE case_id = $1 AND to_organisation_id = $2 AND status IN ('PENDING', 'ACCEPTED') AND (status = 'ACCEPTED' OR expires_at > now())`,
      [referralCase.id, partner.id],
    )) as Array<{ id: string }>;
    if (open) throw AppError.conflict('referrals.alreadyOpen', 'partnerId');
    // An expired PENDING referral that the periodic task has not marked yet is marked now.
    await context.db.query(
      `UPDATE referral SET status = 'EXPIRED' WHERE case_id = $1 AND to_organisation_id = $2 AND status = 'PENDING' AND expires_at <= now()`,
      [referralCase.id, partner.id],
    );
    const [{ id }] = (await context.db.query(
      `INSERT INTO referral (case_id, organisation_id, to_organisation_id, agreement_id, sections, sent_by_user_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(days => $7)) RETURNING id`,
      [referralCase.id, actor.organisationId, partner.id, agreement.id, sections, actor.userId, agreement.responseTimeDays],
    )) as Array<{ id: string }>;
    const sender = await context.loader(organisationLoader).load(actor.organisationId);
    await notify(context, NotificationKind.REFERRAL_RECEIVED, {
      organisation: partner.id,
      roles: ['PARTNER_CASEWORKER', 'COORDINATOR'],
      params: { caseNumber: referralCase.number, organisation: sender?.name ?? '' },
      caseId: referralCase.id,
      referralId: id,
    });
    await auditChange(context, {
      action: 'referral.send',
      entityType: 'referral',
      entityId: id,
      details: { caseId: referralCase.id, to: partner.id, sections, agreement: agreement.id },
    });
    context.loader(referralsByCaseLoader).clear(referralCase.id);
    return this.get(context, id);
  }

  async act(context: RequestContext, id: string, action: ReferralAction, reason?: string): Promise<Referral> {
    const actor = context.actor;
    const referral = await this.get(context, id);
    const rule = referralTransition(action);
    const side = referral.organisationId === actor.organisationId ? 'sender' : 'receiver';
    const rolesOk =
      side === 'sender' ? hasRole(actor, Role.CASEWORKER, Role.SUPERVISOR) : hasRole(actor, Role.PARTNER_CASEWORKER, Role.COORDINATOR);
    if (rule.side !== side || !rolesOk) throw AppError.forbidden();
    if (!rule.from.includes(referral.status)) {
      throw new AppError(ErrorCode.INVALID_TRANSITION, 'referrals.invalidTransition', {
        params: { from: referral.status, action },
        details: { from: referral.status, action },
      });
    }
    let declineReason: string | null = null;
    if (action === ReferralAction.DECLINE) {
      declineReason = (reason ?? '').trim();
      if (!declineReason) throw AppError.badInput('reason', 'referrals.reasonRequired');
      if (declineReason.length > 2000) throw AppError.badInput('reason', 'validation.tooLong', { limit: 2000 });
    }
    // Read before answering: a declined referral's case is out of the receiver's sight at once.
    const referralCase = await this.cases.get(context, referral.caseId);
    let changed: boolean;
    if (side === 'receiver') {
      // Through app_answer_referral(): the receiver's own policies would not let it write a refusal it may then not see.
      const [{ answered }] = (await context.db.query('SELECT app_answer_referral($1, $2, $3) AS answered', [
        referral.id,
        rule.to,
        declineReason,
      ])) as Array<{ answered: boolean }>;
      changed = answered;
    } else {
      // The status must still be what we checked: a concurrent answer makes this one a conflict.
      const [, count] = (
        action === ReferralAction.REVOKE
          ? await context.db.query(
              `UPDATE referral SET status = 'REVOKED', revoked_by_user_id = $2, revoked_at = now() WHERE id = $1 AND status = $3`,
              [referral.id, actor.userId, referral.storedStatus],
            )
          : await context.db.query(`UPDATE referral SET status = 'COMPLETED', completed_at = now() WHERE id = $1 AND status = $2`, [
              referral.id,
              referral.storedStatus,
            ])
      ) as [unknown, number];
      changed = count === 1;
    }
    if (!changed) throw AppError.conflict('referrals.changedMeanwhile');
    if (side === 'receiver') {
      const partner = await context.loader(organisationLoader).load(actor.organisationId);
      await notify(context, action === ReferralAction.ACCEPT ? NotificationKind.REFERRAL_ACCEPTED : NotificationKind.REFERRAL_DECLINED, {
        users: [referral.sentByUserId, referralCase.responsibleUserId],
        params: { caseNumber: referralCase.number, partner: partner?.name ?? '', reason: declineReason ?? '' },
        caseId: referral.caseId,
        referralId: referral.id,
      });
    }
    await auditChange(context, {
      action: `referral.${action.toLowerCase()}`,
      entityType: 'referral',
      entityId: referral.id,
      subjectOrganisationId: referral.organisationId,
      details: { caseId: referral.caseId, ...(declineReason ? { reason: declineReason } : {}) },
    });
    context.loader(referralsByCaseLoader).clear(referral.caseId);
    // A declined referral is no longer visible to the partner who declined it: answer from what we know.
    if (side === 'receiver' && action === ReferralAction.DECLINE) {
      return Object.assign(new Referral(), referral, {
        storedStatus: ReferralStatus.DECLINED,
        declineReason,
        respondedByUserId: actor.userId,
        respondedAt: new Date(),
      });
    }
    return this.get(context, referral.id);
  }

  allowedActions(context: RequestContext, referral: Referral): ReferralAction[] {
    const actor = context.actor;
    const side = referral.organisationId === actor.organisationId ? 'sender' : 'receiver';
    const rolesOk =
      side === 'sender' ? hasRole(actor, Role.CASEWORKER, Role.SUPERVISOR) : hasRole(actor, Role.PARTNER_CASEWORKER, Role.COORDINATOR);
    return rolesOk ? actionsFrom(referral.status, side) : [];
  }

  caseOf(context: RequestContext, referral: Referral): Promise<ReferralCase> {
    return this.cases.get(context, referral.caseId);
  }
}
