import { Controller, Get, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { APP_DATA_SOURCE } from '../../core/database/database.tokens.js';
import { RestErrorFilter } from '../../core/errors/rest-error.filter.js';
import { withRequestTransaction } from '../../core/tenancy/request-transaction.js';
import { AttachmentsService, attachmentTooLarge, MAX_ATTACHMENT_BYTES, type IncomingFile } from './attachments.service.js';
import { sendDownload } from './file-download.js';

/** Reads the request body, refusing it as soon as it passes the limit (nothing is buffered beyond). */
async function readBody(req: Request, limit: number): Promise<Buffer> {
  const declared = Number(req.header('content-length') ?? 0);
  if (declared > limit) throw attachmentTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw attachmentTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The upload as the service takes it: the file name percent-decoded, the body read only when asked for. */
function incomingFile(req: Request): IncomingFile {
  let name = req.header('x-file-name') ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // a malformed escape: keep the raw header
  }
  return {
    name,
    declaredType: (req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase(),
    read: () => readBody(req, MAX_ATTACHMENT_BYTES),
  };
}

/**
 * The signed consent forms: `POST /attachments` with the file as the body, `GET
 * /attachments/:id` to read it back. Same rules as GraphQL: the bearer token, one transaction
 * under row-level security, translated errors, the audit trail (attachments.service.ts).
 */
@Controller('attachments')
@UseFilters(RestErrorFilter)
export class AttachmentsController {
  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly service: AttachmentsService,
  ) {}

  @Post()
  async upload(@Req() req: Request, @Res() res: Response): Promise<void> {
    const created = await withRequestTransaction(this.dataSource, req, res, (context) => this.service.upload(context, incomingFile(req)));
    res.status(201).json(created);
  }

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    sendDownload(res, await withRequestTransaction(this.dataSource, req, res, (context) => this.service.download(context, id)));
  }
}
