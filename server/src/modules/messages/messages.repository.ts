import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { EntityRows, manyBy } from '../../core/database/entity-rows.js';
import { execute, maybeOne, one, rows } from '../../core/database/sql.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { Referral } from '../referrals/referral.entity.js';
import type { CheckedFile } from '../attachments/file-checks.js';
import { CaseMessage } from './case-message.entity.js';
import { MessageAttachment } from './message-attachment.entity.js';

/** A message's file with its bytes, and what the download needs to know of its thread. */
export interface MessageFileDownload {
  file: MessageAttachment & { content: Buffer };
  referralId: string;
  caseId: string;
  ownerOrganisationId: string;
}

/**
 * The threads of referrals, under row-level security (case_message_read/write): the referring
 * side, and the partner while the referral gives it access.
 */
@Injectable()
export class MessagesRepository {
  private readonly messages = (context: RequestContext) =>
    new DataLoader<string, CaseMessage[]>(async (referralIds) => {
      const found = await context.db
        .getRepository(CaseMessage)
        .createQueryBuilder('m')
        .where('m.referral_id = ANY(:ids)', { ids: [...referralIds] })
        .orderBy('m.created_at', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .getMany();
      return referralIds.map((id) => found.filter((row) => row.referralId === id));
    });

  /** Unread: messages by others after the viewer's last read of the thread. */
  private readonly unread = (context: RequestContext) =>
    new DataLoader<string, number>(async (referralIds) => {
      const found = await rows<{ id: string; unread: number }>(
        context.db,
        `SELECT r.id, count(m.id)::int AS unread
           FROM unnest($1::uuid[]) AS r(id)
           LEFT JOIN message_read mr ON mr.referral_id = r.id AND mr.user_id = $2
           LEFT JOIN case_message m ON m.referral_id = r.id AND m.author_user_id <> $2
                                   AND m.created_at > coalesce(mr.last_read_at, '-infinity')
          GROUP BY r.id`,
        [[...referralIds], requireActor(context).userId],
      );
      return referralIds.map((id) => found.find((row) => row.id === id)?.unread ?? 0);
    });

  private readonly attachments = manyBy(MessageAttachment, 'message_id', 'messageId', 't.position');

  /** Oldest first, by referral id. */
  messagesByReferral(context: RequestContext): DataLoader<string, CaseMessage[]> {
    return context.loader(this.messages);
  }

  /** The viewer's unread count, by referral id. */
  unreadByReferral(context: RequestContext): DataLoader<string, number> {
    return context.loader(this.unread);
  }

  /** The new message, as the thread would read it. */
  async insert(context: RequestContext, referral: Referral, author: { userId: string; organisationId: string }, body: string): Promise<CaseMessage> {
    const messages = EntityRows.of(context.db, CaseMessage);
    const row = await one<Record<string, unknown>>(
      context.db,
      `INSERT INTO case_message AS m (referral_id, case_id, owner_organisation_id, partner_organisation_id, author_organisation_id, author_user_id, body)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${messages.select('m')}`,
      [referral.id, referral.caseId, referral.organisationId, referral.toOrganisationId, author.organisationId, author.userId, body],
    );
    const message = messages.hydrate(row, 'm')!;
    context.loader(this.messages).clear(referral.id);
    return message;
  }

  /** A message's files in the order they were sent, by message id. */
  attachmentsByMessage(context: RequestContext): DataLoader<string, MessageAttachment[]> {
    return context.loader(this.attachments);
  }

  /** The message's files, in the order given; row-level security lets only the message's author write them. */
  async insertAttachments(context: RequestContext, messageId: string, uploadedByUserId: string, files: readonly CheckedFile[]): Promise<void> {
    if (files.length === 0) return;
    await execute(
      context.db,
      `INSERT INTO case_message_attachment (message_id, position, file_name, content_type, size, sha256, content, uploaded_by_user_id)
       SELECT $1, f.position - 1, f.file_name, f.content_type, octet_length(f.content), f.sha256, f.content, $2
         FROM unnest($3::text[], $4::text[], $5::bytea[], $6::bytea[]) WITH ORDINALITY AS f(file_name, content_type, sha256, content, position)`,
      [messageId, uploadedByUserId, files.map((f) => f.fileName), files.map((f) => f.contentType), files.map((f) => f.sha256), files.map((f) => f.content)],
    );
    context.loader(this.attachments).clear(messageId);
  }

  /**
   * A message's file with its bytes and its thread; undefined when it does not exist or its
   * message is out of the viewer's sight (row-level security on both tables), or the id is no UUID.
   */
  async findAttachmentWithContent(context: RequestContext, id: string): Promise<MessageFileDownload | undefined> {
    if (!isUuid(id)) return undefined;
    const files = EntityRows.of(context.db, MessageAttachment);
    const row = await maybeOne<Record<string, unknown>>(
      context.db,
      `SELECT ${files.select('a')}, a.content AS "a.content", m.referral_id, m.case_id, m.owner_organisation_id
         FROM case_message_attachment a JOIN case_message m ON m.id = a.message_id
        WHERE a.id = $1`,
      [id],
    );
    if (!row) return undefined;
    const file = files.hydrate(row, 'a') as MessageAttachment & { content: Buffer };
    file.content = row['a.content'] as Buffer;
    return { file, referralId: row.referral_id as string, caseId: row.case_id as string, ownerOrganisationId: row.owner_organisation_id as string };
  }

  /** The user has read the thread up to now. */
  async markRead(context: RequestContext, userId: string, referralId: string): Promise<void> {
    await execute(
      context.db,
      `INSERT INTO message_read (user_id, referral_id, last_read_at) VALUES ($1, $2, clock_timestamp())
       ON CONFLICT (user_id, referral_id) DO UPDATE SET last_read_at = EXCLUDED.last_read_at`,
      [userId, referralId],
    );
  }
}
