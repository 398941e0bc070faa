import { createHash } from 'node:crypto';
import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { auditChange, auditRead } from '../../core/audit/audit.js';
import { APP_DATA_SOURCE } from '../../core/database/database.tokens.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import { RestErrorFilter } from '../../core/errors/rest-error.filter.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { hasRole } from '../../core/tenancy/actor.js';
import { textFault } from '../../core/validation/text-rules.js';
import { withRequestTransaction } from '../../core/tenancy/request-transaction.js';
import { Role } from '../users/role.enum.js';
import { Attachment } from './attachment.entity.js';
import { allowedContentTypes, sniffContentType } from './file-sniffing.js';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Reads the request body, refusing it as soon as it passes the limit (nothing is buffered beyond). */
async function readBody(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.header('content-length') ?? 0);
  if (declared > limit) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, 'attachments.tooLarge', { field: 'file', params: { limit: MAX_ATTACHMENT_BYTES / 1024 / 1024 } });
}

/**
 * The name the file is stored and offered under: percent-decoded, without any folder part. A
 * name with control characters, bidirectional controls (`\u202efdp.exe` reads as `exe.pdf`) or
 * lone surrogates is refused, by the same rule as every GraphQL text input.
 */
function fileNameOf(req: Request): string {
  let name = req.header('x-file-name') ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // a malformed escape: keep the raw header
  }
  if (textFault(name)) throw AppError.badInput('fileName', 'attachments.fileNameNotAllowed');
  name = name.replace(/^.*[\\/]/, '').trim();
  return name.slice(0, 255) || 'form';
}

/**
 * The signed consent forms: `POST /attachments` with the file as the body, `GET
 * /attachments/:id` to read it back. Same rules as GraphQL: the bearer token, one transaction
 * under row-level security, translated errors, the audit trail.
 */
@Controller('attachments')
@UseFilters(RestErrorFilter)
export class AttachmentsController {
  constructor(@Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Post()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    const created = await withRequestTransaction(this.dataSource, req, res, async (context) => {
      const actor = context.actor;
      if (!hasRole(actor, Role.CASEWORKER, Role.SUPERVISOR)) throw AppError.forbidden();
      const fileName = fileNameOf(req);
      const content = await readBody(req, MAX_ATTACHMENT_BYTES);
      if (content.length === 0) throw AppError.badInput('file', 'attachments.empty');
      const detected = sniffContentType(content);
      if (!detected) throw AppError.badInput('file', 'attachments.typeNotAllowed');
      const declared = (req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      // A file that says it is one thing and is another is refused, even when both are allowed.
      if (allowedContentTypes.includes(declared) && declared !== detected) throw AppError.badInput('file', 'attachments.typeMismatch');
      const [row] = (await context.db.query(
        `INSERT INTO attachment (organisation_id, file_name, content_type, size, sha256, content, uploaded_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [actor.organisationId, fileName, detected, content.length, createHash('sha256').update(content).digest(), content, actor.userId],
      )) as Array<{ id: string }>;
      await auditChange(context, { action: 'attachment.upload', entityType: 'attachment', entityId: row!.id, details: { size: content.length, contentType: detected } });
      return { id: row!.id, fileName, contentType: detected, size: content.length };
    });
    res.status(201).json(created);
  }

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const file = await withRequestTransaction(this.dataSource, req, res, async (context) => {
      context.actor;
      if (!isUuid(id)) throw AppError.notFound('codes.NOT_FOUND', { entityType: 'attachment', entityId: id });
      const found = await context.db
        .getRepository(Attachment)
        .createQueryBuilder('a')
        .addSelect('a.content')
        .where('a.id = :id', { id })
        .getOne();
      if (!found) throw AppError.notFound('codes.NOT_FOUND', { entityType: 'attachment', entityId: id });
      auditRead(context, { entityType: 'attachment', entityId: found.id, subjectOrganisationId: found.organisationId }, 'FILE');
      return found;
    });
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Length', String(file.size));
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.end(file.content);
  }
}
