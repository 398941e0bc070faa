import { Injectable } from '@nestjs/common';
import { auditAccess, auditChange } from '../../core/audit/audit.js';
import { AppError } from '../../core/errors/app-error.js';
import { textFault } from '../../core/validation/text-rules.js';
import { checkFile, type CheckedFile, type ReceivedFile } from '../attachments/file-checks.js';
import { type Actor, requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { CasesService } from '../cases/cases.service.js';
import { NotificationKind } from '../notifications/notifications.enums.js';
import { nameParam } from '../notifications/notification-params.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { organisationsById } from '../organisations/organisations.repository.js';
import type { Referral } from '../referrals/referral.entity.js';
import { ReferralsService } from '../referrals/referrals.service.js';
import { staffById } from '../staff/staff.repository.js';
import type { CaseMessage } from './case-message.entity.js';
import type { MessageAttachment } from './message-attachment.entity.js';
import { canUseMessages, isReferringSide, MAX_MESSAGE_FILES, wroteMessage } from './messages.policy.js';
import { MessagesRepository, type MessageFileDownload } from './messages.repository.js';

const MAX_BODY_LENGTH = 4000;

/**
 * The body as the GraphQL input rules take it (SendCaseMessageInput), for the route that sends a
 * message with files: trimmed, not blank, at most 4000 characters, line breaks allowed and no
 * control or direction characters.
 */
export function checkedBody(body: unknown): string {
  const trimmed = typeof body === 'string' ? body.trim() : '';
  if (!trimmed) throw AppError.badInput('body', 'messages.bodyRequired');
  if (trimmed.length > MAX_BODY_LENGTH) throw AppError.badInput('body', 'messages.bodyTooLong', { limit: MAX_BODY_LENGTH });
  if (textFault(trimmed, { multiline: true })) throw AppError.badInput('body', 'messages.bodyNotAllowed');
  return trimmed;
}

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

  /** A message's files, in the order they were sent. */
  attachments(context: RequestContext, message: CaseMessage): Promise<MessageAttachment[]> {
    return this.repository.attachmentsByMessage(context).load(message.id);
  }

  /**
   * Writes a message, with its files if any, in the request's one transaction: a refused file (or
   * one too many) refuses the whole message, and nothing is written.
   */
  async send(context: RequestContext, referralId: string, body: string, received: readonly ReceivedFile[] = []): Promise<CaseMessage> {
    const actor = this.requireMessaging(context);
    const referral = await this.referrals.get(context, referralId);
    const referralCase = await this.cases.get(context, referral.caseId);
    if (received.length > MAX_MESSAGE_FILES) throw AppError.badInput('files', 'messages.tooManyFiles', { limit: MAX_MESSAGE_FILES });
    const files: CheckedFile[] = received.map((file, index) => checkFile(file, `files.${index}`));
    const sent = await this.repository.insert(context, referral, actor, body);
    await this.repository.insertAttachments(context, sent.id, actor.userId, files);
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
      params: { caseNumber: referralCase.number, author: nameParam(author), organisation: nameParam(organisation) },
      caseId: referral.caseId,
      referralId: referral.id,
    });
    await auditChange(context, {
      action: 'message.send',
      entityType: 'referral',
      entityId: referral.id,
      subjectOrganisationId: referral.organisationId,
      details: {
        caseId: referral.caseId,
        message: sent.id,
        ...(files.length > 0 ? { files: files.map((file) => ({ contentType: file.contentType, size: file.content.length })) } : {}),
      },
    });
    return sent;
  }

  /**
   * A message's file with its bytes, for whoever may read the message (row-level security on the
   * message and the file); NOT_FOUND otherwise, as for an id that does not exist. Each download
   * is audited as the consent forms' are, against the referral, so that the referring office sees
   * a partner's downloads in its trail.
   */
  async downloadAttachment(context: RequestContext, id: string): Promise<MessageFileDownload['file']> {
    this.requireMessaging(context);
    const found = await this.repository.findAttachmentWithContent(context, id);
    if (!found) throw AppError.notFound('codes.NOT_FOUND', { entityType: 'message_attachment', entityId: id });
    auditAccess(context, {
      action: 'attachment.read',
      entityType: 'referral',
      entityId: found.referralId,
      subjectOrganisationId: found.ownerOrganisationId,
      details: { caseId: found.caseId, messageAttachment: found.file.id, sections: ['FILE'] },
    });
    return found.file;
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
