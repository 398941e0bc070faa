import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { auditChange } from '../../core/audit/audit.js';
import { AppError } from '../../core/errors/app-error.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { CasesService } from '../cases/cases.service.js';
import { NotificationKind } from '../notifications/notification.model.js';
import { notify } from '../notifications/notify.js';
import { organisationLoader } from '../organisations/organisation.loader.js';
import type { Referral } from '../referrals/referral.entity.js';
import { ReferralsService } from '../referrals/referrals.service.js';
import { staffLoader } from '../staff/staff.loader.js';
import { CaseMessage } from './case-message.entity.js';

const messagesLoader = (context: RequestContext) =>
  new DataLoader<string, CaseMessage[]>(async (referralIds) => {
    const rows = await context.db
      .getRepository(CaseMessage)
      .createQueryBuilder('m')
      .where('m.referral_id = ANY(:ids)', { ids: [...referralIds] })
      .orderBy('m.created_at', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
    return referralIds.map((id) => rows.filter((row) => row.referralId === id));
  });

/** Unread: messages by others after the viewer's last read of the thread. */
const unreadLoader = (context: RequestContext) =>
  new DataLoader<string, number>(async (referralIds) => {
    const rows = (await context.db.query(
      `SELECT r.id, count(m.id)::int AS unread
         FROM unnest($1::uuid[]) AS r(id)
         LEFT JOIN message_read mr ON mr.referral_id = r.id AND mr.user_id = $2
         LEFT JOIN case_message m ON m.referral_id = r.id AND m.author_user_id <> $2
                                 AND m.created_at > coalesce(mr.last_read_at, '-infinity')
        GROUP BY r.id`,
      [[...referralIds], context.actor.userId],
    )) as Array<{ id: string; unread: number }>;
    return referralIds.map((id) => rows.find((row) => row.id === id)?.unread ?? 0);
  });

/**
 * The thread of a referral. Open to the referring side, and to the partner while the referral
 * gives it access (policies case_message_read/write); nobody else.
 */
@Injectable()
export class MessagesService {
  constructor(
    private readonly referrals: ReferralsService,
    private readonly cases: CasesService,
  ) {}

  messages(context: RequestContext, referral: Referral): Promise<CaseMessage[]> {
    return context.loader(messagesLoader).load(referral.id);
  }

  unread(context: RequestContext, referral: Referral): Promise<number> {
    return context.loader(unreadLoader).load(referral.id);
  }

  async send(context: RequestContext, referralId: string, body: string): Promise<CaseMessage> {
    const actor = context.actor;
    const referral = await this.referrals.get(context, referralId);
    const owner = referral.organisationId === actor.organisationId;
    const referralCase = await this.cases.get(context, referral.caseId);
    const [{ id }] = (await context.db.query(
      `INSERT INTO case_message (referral_id, case_id, owner_organisation_id, partner_organisation_id, author_organisation_id, author_user_id, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [referral.id, referral.caseId, referral.organisationId, referral.toOrganisationId, actor.organisationId, actor.userId, body],
    )) as Array<{ id: string }>;
    // Writing is reading: the author has read everything up to here.
    await this.markRead(context, referral.id);
    const [author, organisation] = await Promise.all([
      context.loader(staffLoader).load(actor.userId),
      context.loader(organisationLoader).load(actor.organisationId),
    ]);
    await notify(context, NotificationKind.MESSAGE_RECEIVED, {
      ...(owner
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
      details: { caseId: referral.caseId, message: id },
    });
    context.loader(messagesLoader).clear(referral.id);
    const sent = (await context.loader(messagesLoader).load(referral.id)).find((m) => m.id === id);
    if (!sent) throw AppError.notFound();
    return sent;
  }

  async markRead(context: RequestContext, referralId: string): Promise<void> {
    const actor = context.actor;
    await context.db.query(
      `INSERT INTO message_read (user_id, referral_id, last_read_at) VALUES ($1, $2, clock_timestamp())
       ON CONFLICT (user_id, referral_id) DO UPDATE SET last_read_at = EXCLUDED.last_read_at`,
      [actor.userId, referralId],
    );
    context.loader(unreadLoader).clear(referralId);
  }
}
