import { Injectable } from '@nestjs/common';
import { one } from '../../core/database/sql.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Attachment } from './attachment.entity.js';

export interface NewAttachment {
  organisationId: string;
  fileName: string;
  contentType: string;
  content: Buffer;
  sha256: Buffer;
  uploadedByUserId: string;
}

/** Uploaded files; row-level security shows them to their organisation (and to a referral's partner). */
@Injectable()
export class AttachmentsRepository {
  async insert(context: RequestContext, file: NewAttachment): Promise<string> {
    const { id } = await one<{ id: string }>(
      context.db,
      `INSERT INTO attachment (organisation_id, file_name, content_type, size, sha256, content, uploaded_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [file.organisationId, file.fileName, file.contentType, file.content.length, file.sha256, file.content, file.uploadedByUserId],
    );
    return id;
  }

  /** The file's description, without its bytes; null also for an id that is no UUID. */
  async find(context: RequestContext, id: string): Promise<Attachment | null> {
    return isUuid(id) ? context.db.getRepository(Attachment).findOneBy({ id }) : null;
  }

  /** The file with its bytes, for the download route. */
  async findWithContent(context: RequestContext, id: string): Promise<Attachment | null> {
    if (!isUuid(id)) return null;
    return context.db.getRepository(Attachment).createQueryBuilder('a').addSelect('a.content').where('a.id = :id', { id }).getOne();
  }
}
