import { Injectable } from '@nestjs/common';
import { auditChange } from '../../core/audit/audit.js';
import { AppError } from '../../core/errors/app-error.js';
import { type Actor, requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { CasesService } from '../cases/cases.service.js';
import { NotificationKind } from '../notifications/notifications.enums.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { organisationsById } from '../organisations/organisations.repository.js';
import type { Referral } from '../referrals/referral.entity.js';
import { ReferralsService } from '../referrals/referrals.service.js';
import { staffById } from '../staff/staff.repository.js';
import type { CaseMessage } from './case-message.entity.js';
import { canUseMessages, isReferringSide, wroteMessage } from './messages.policy.js';
import { MessagesRepository } from './messages.repository.js';

/**
 * The thread of a referral. Open to the referring side, and to the partner while the referral
 * gives it access (policies case_message_read/write); nobody else.
 */
@Injectable()
export class MessagesService {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly cases: CasesService,
    private readonly repository: MessagesRepository,
    private readonly notifications: NotificationsService,
  ) {}

  messages(context: RequestContext, referral: Referral): Promise<CaseMessage[]> {
    return this.repository.messagesByReferral(context).load(referral.id);
  }

  unread(context: RequestContext, referral: Referral): Promise<number> {
    return this.repository.unreadByReferral(context).load(referral.id);
  }

  /** The `mine` field. */
  mine(context: RequestContext, message: CaseMessage): boolean {
    return wroteMessage(requireActor(context), message);
  }

  async send(context: RequestContext, referralId: string, body: string): Promise<CaseMessage> {
    const actor = this.requireMessaging(context);
    const referral = await this.referrals.get(context, referralId);
    const referralCase = await this.cases.get(context, referral.caseId);
    const sent = await this.repository.insert(context, referral, actor, body);
    // Writing is reading: the author has read everything up to here.
    await this.markRead(context, referral.id);
    const [author, organisation] = await Promise.all([
      context.loader(staffById).load(actor.userId),
      context.loader(organisationsById).load(actor.organisationId),
    ]);
    await this.notifications.notify(context, NotificationKind.MESSAGE_RECEIVED, {
      ...(isReferringSide(actor, referral)
        ? { organisation: referral.toOrganisationId, roles: ['PARTNER_CASEWORKER'] }
        : { users: [referralCase.responsibleUserId, referral.sentByUserId] }),
      params: { caseNumber: referralCase.number, author: author?.name ?? '', organisation: organisation?.name ?? '' },
      caseId: referral.caseId,
      referralId: referral.id,
    });
    await auditChange(context, {
      action: 'message.send',
      entityType: 'referral',
      entityId: referral.id,
      subjectOrganisationId: referral.organisationId,
      details: { caseId: referral.caseId, message: sent.id },
    });
    return sent;
  }

  /** Marks a thread read for the viewer; the referral, whose unread count is now 0. */
  async markThreadRead(context: RequestContext, referralId: string): Promise<Referral> {
    this.requireMessaging(context);
    const referral = await this.referrals.get(context, referralId);
    await this.markRead(context, referral.id);
    return referral;
  }

  /** The thread is read up to now, and so are the notifications of its new messages. */
  private async markRead(context: RequestContext, referralId: string): Promise<void> {
    await this.repository.markRead(context, requireActor(context).userId, referralId);
    await this.notifications.markReadAbout(context, NotificationKind.MESSAGE_RECEIVED, referralId);
    this.repository.unreadByReferral(context).clear(referralId);
  }

  /** The resolver's @Roles says the same; the service does not rely on it. */
  private requireMessaging(context: RequestContext): Actor {
    const actor = requireActor(context);
    if (!canUseMessages(actor)) throw AppError.forbidden();
    return actor;
  }
}
