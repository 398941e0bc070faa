import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { auditChange, auditRead } from '../../core/audit/audit.js';
import { AppError } from '../../core/errors/app-error.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { Attachment } from './attachment.entity.js';
import { canUploadAttachment } from './attachments.policy.js';
import { AttachmentsRepository } from './attachments.repository.js';
import { checkFileContent, storedFileName } from './file-checks.js';

export { attachmentTooLarge, MAX_ATTACHMENT_BYTES } from './file-checks.js';

/** A file as the upload route receives it; its bytes are read only once the upload is allowed. */
export interface IncomingFile {
  /** The name the client gave (the X-File-Name header, percent-decoded). */
  readonly name: string;
  /** The type the client declared (Content-Type), lower case, without parameters. */
  readonly declaredType: string;
  /** The bytes; BAD_USER_INPUT (attachmentTooLarge) past MAX_ATTACHMENT_BYTES. */
  read(): Promise<Buffer>;
}

export interface UploadedAttachment {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

const notFound = (id: string) => AppError.notFound('codes.NOT_FOUND', { entityType: 'attachment', entityId: id });

/** The signed consent forms: uploaded by case staff, typed by their content, read back under row-level security, audited. */
@Injectable()
export class AttachmentsService {
  constructor(private readonly repository: AttachmentsRepository) {}

  async upload(context: RequestContext, file: IncomingFile): Promise<UploadedAttachment> {
    const actor = requireActor(context);
    if (!canUploadAttachment(actor)) throw AppError.forbidden();
    const fileName = storedFileName(file.name);
    const content = await file.read();
    const detected = checkFileContent(content, file.declaredType);
    const id = await this.repository.insert(context, {
      organisationId: actor.organisationId,
      fileName,
      contentType: detected,
      content,
      sha256: createHash('sha256').update(content).digest(),
      uploadedByUserId: actor.userId,
    });
    await auditChange(context, { action: 'attachment.upload', entityType: 'attachment', entityId: id, details: { size: content.length, contentType: detected } });
    return { id, fileName, contentType: detected, size: content.length };
  }

  /** The file with its bytes; NOT_FOUND when it does not exist or the viewer may not read it. */
  async download(context: RequestContext, id: string): Promise<Attachment> {
    requireActor(context);
    const found = await this.repository.findWithContent(context, id);
    if (!found) throw notFound(id);
    auditRead(context, { entityType: 'attachment', entityId: found.id, subjectOrganisationId: found.organisationId }, 'FILE');
    return found;
  }

  /** The file's description (a consent's signed form), or null when absent or out of sight. */
  async find(context: RequestContext, id: string): Promise<Attachment | null> {
    return this.repository.find(context, id);
  }
}
