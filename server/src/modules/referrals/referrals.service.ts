import { Injectable } from '@nestjs/common';
import { ROLE_SETS } from '../../core/access/role-sets.js';
import { auditChange } from '../../core/audit/audit.js';
import { AppError, ErrorCode, orNotFound } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { AgreementScope } from '../agreements/agreements.enums.js';
import { AgreementsService } from '../agreements/agreements.service.js';
import { CaseStatus } from '../cases/cases.enums.js';
import { CasesService } from '../cases/cases.service.js';
import type { ReferralCase } from '../cases/referral-case.entity.js';
import { allSections, type ConsentSection } from '../consents/consents.enums.js';
import { ConsentsService } from '../consents/consents.service.js';
import { NotificationKind } from '../notifications/notifications.enums.js';
import { nameParam } from '../notifications/notification-params.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { OrganisationsService } from '../organisations/organisations.service.js';
import { referralTransition } from './referral-status-machine.js';
import { Referral } from './referral.entity.js';
import { ReferralAction, ReferralStatus } from './referrals.enums.js';
import { allowedReferralActions, canSeeAllReferralsOfCase, canTakeReferralAction, referralSide } from './referrals.policy.js';
import { ReferralsRepository, type ReferralPage, type SentAtCursor } from './referrals.repository.js';


const notFound = (id: string) => AppError.notFound('referrals.notFound', { entityType: 'referral', entityId: id });

/** Statuses of referrals that still give the receiver access. */
const liveStatuses: readonly ReferralStatus[] = [ReferralStatus.PENDING, ReferralStatus.ACCEPTED];

function connection(page: ReferralPage, first: number): Connection<Referral> {
  return toConnection(page.rows, first, page.totalCount, (r) => [page.sentKeys.get(r.id)!, r.id]);
}

/** The cursor of a referral list: sent_at to the microsecond, checked here so a forged one never reaches SQL as a bad cast. */
function sentAtCursor(after: string): SentAtCursor {
  const [sentAt, id] = decodeCursor(after, ['text', 'uuid']);
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\.\d{6}$/.exec(sentAt);
  const parsed = match ? Date.parse(`${match[1]}Z`) : Number.NaN;
  if (!match || Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 19) !== match[1] || match[1] < '2000') {
    throw AppError.badInput('after', 'validation.invalidCursor');
  }
  return [sentAt, id];
}

/**
 * Referrals of a case to a partner. Sending needs an agreement with REFERRALS in force and a
 * consent that covers every shared section; the partner then sees the case only while the
 * referral gives access (row-level security: app_referral_gives_access).
 */
@Injectable()
export class ReferralsService {
  constructor(
    private readonly repository: ReferralsRepository,
    private readonly cases: CasesService,
    private readonly agreements: AgreementsService,
    private readonly consents: ConsentsService,
    private readonly organisations: OrganisationsService,
    private readonly notifications: NotificationsService,
  ) {}

  async get(context: RequestContext, id: string): Promise<Referral> {
    requireActor(context);
    return orNotFound(await this.repository.find(context, id), () => notFound(id));
  }

  /** The owner sees every referral of its case; a partner only its own live one. */
  async forCase(context: RequestContext, referralCase: ReferralCase): Promise<Referral[]> {
    const referrals = await this.repository.byCase(context).load(referralCase.id);
    const actor = requireActor(context);
    if (canSeeAllReferralsOfCase(actor, referralCase)) return referrals;
    return referrals.filter((r) => r.toOrganisationId === actor.organisationId);
  }

  async inbox(context: RequestContext, first: number, after?: string | null): Promise<Connection<Referral>> {
    const actor = requireActor(context);
    checkPageSize(first);
    const cursor = after ? sentAtCursor(after) : undefined;
    return connection(await this.repository.inbox(context, actor.organisationId, first + 1, cursor), first);
  }

  async incoming(context: RequestContext, statuses: ReferralStatus[] | null | undefined, first: number, after?: string | null): Promise<Connection<Referral>> {
    const actor = requireActor(context);
    checkPageSize(first);
    const wanted = (statuses?.length ? statuses : liveStatuses).filter((s) => liveStatuses.includes(s));
    const cursor = after ? sentAtCursor(after) : undefined;
    return connection(await this.repository.incoming(context, actor.organisationId, wanted, first + 1, cursor), first);
  }

  async send(context: RequestContext, input: { caseId: string; partnerId: string; sections: ConsentSection[]; coverNote?: string | null }): Promise<Referral> {
    const actor = requireActor(context);
    const referralCase = await this.cases.getOwned(context, input.caseId);
    if (referralCase.status === CaseStatus.CLOSED) throw new AppError(ErrorCode.INVALID_TRANSITION, 'cases.closed');
    const sections = [...new Set(input.sections)].filter((s) => allSections.includes(s));
    const partner = input.partnerId === actor.organisationId ? null : await this.organisations.find(context, input.partnerId);
    if (!partner) throw AppError.badInput('partnerId', 'referrals.invalidPartner');

    const agreement = await this.agreements.inForceWith(context, partner.id, AgreementScope.REFERRALS);
    if (!agreement) {
      throw new AppError(ErrorCode.AGREEMENT_MISSING, 'referrals.agreementMissing', { params: { partner: nameParam(partner) } });
    }
    const covered = await this.consents.activeSections(context, referralCase.id, partner.id);
    const missing = sections.filter((s) => !(covered ?? []).includes(s));
    if (covered === undefined || missing.length > 0) {
      throw new AppError(ErrorCode.CONSENT_MISSING, covered === undefined ? 'referrals.noConsent' : 'referrals.consentMissing', {
        params: { partner: nameParam(partner), sections: missing.join(',') },
        details: { missingSections: covered === undefined ? sections : missing },
      });
    }
    if (await this.repository.hasOpen(context, referralCase.id, partner.id)) throw AppError.conflict('referrals.alreadyOpen', 'partnerId');
    // An expired PENDING referral that the periodic task has not marked yet is marked now.
    await this.repository.markExpired(context, referralCase.id, partner.id);
    const id = await this.repository.insert(context, {
      caseId: referralCase.id,
      organisationId: actor.organisationId,
      toOrganisationId: partner.id,
      agreementId: agreement.id,
      sections,
      sentByUserId: actor.userId,
      responseTimeDays: agreement.responseTimeDays,
      coverNote: input.coverNote?.trim() || null,
    });
    const sender = await this.organisations.find(context, actor.organisationId);
    await this.notifications.notify(context, NotificationKind.REFERRAL_RECEIVED, {
      organisation: partner.id,
      roles: [...ROLE_SETS.PARTNER_STAFF],
      params: { caseNumber: referralCase.number, organisation: nameParam(sender) },
      caseId: referralCase.id,
      referralId: id,
    });
    await auditChange(context, {
      action: 'referral.send',
      entityType: 'referral',
      entityId: id,
      // The note's text stays in the referral; the trail says that one was written, not what.
      details: { caseId: referralCase.id, to: partner.id, sections, agreement: agreement.id, coverNote: Boolean(input.coverNote?.trim()) },
    });
    this.repository.byCase(context).clear(referralCase.id);
    return this.get(context, id);
  }

  async act(context: RequestContext, id: string, action: ReferralAction, reason?: string): Promise<Referral> {
    const actor = requireActor(context);
    const referral = await this.get(context, id);
    const rule = referralTransition(action);
    if (!canTakeReferralAction(actor, referral, action)) throw AppError.forbidden();
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
    const receiver = referralSide(actor, referral) === 'receiver';
    // The status must still be what we checked: a concurrent answer makes this one a conflict.
    const changed = receiver
      ? await this.repository.answer(context, referral.id, rule.to, declineReason)
      : action === ReferralAction.REVOKE
        ? await this.repository.revoke(context, referral.id, actor.userId, referral.storedStatus)
        : await this.repository.complete(context, referral.id, referral.storedStatus);
    if (!changed) throw AppError.conflict('referrals.changedMeanwhile');
    if (receiver) {
      const partner = await this.organisations.find(context, actor.organisationId);
      await this.notifications.notify(context, action === ReferralAction.ACCEPT ? NotificationKind.REFERRAL_ACCEPTED : NotificationKind.REFERRAL_DECLINED, {
        users: [referral.sentByUserId, referralCase.responsibleUserId],
        params: { caseNumber: referralCase.number, partner: nameParam(partner), reason: declineReason ?? '' },
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
    this.repository.byCase(context).clear(referral.caseId);
    // A declined referral is no longer visible to the partner who declined it: answer from what we know.
    if (receiver && action === ReferralAction.DECLINE) {
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
    return allowedReferralActions(requireActor(context), referral);
  }

  caseOf(context: RequestContext, referral: Referral): Promise<ReferralCase> {
    return this.cases.get(context, referral.caseId);
  }
}
