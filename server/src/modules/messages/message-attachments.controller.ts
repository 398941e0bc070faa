import {
  Controller,
  Get,
  HttpException,
  Inject,
  Injectable,
  Param,
  Post,
  Req,
  Res,
  UseFilters,
  UseGuards,
  UseInterceptors,
  type CallHandler,
  type CanActivate,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import type { Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '../../core/auth/bearer-token.middleware.js';
import { APP_DATA_SOURCE } from '../../core/database/database.tokens.js';
import { AppError } from '../../core/errors/app-error.js';
import { RestErrorFilter } from '../../core/errors/rest-error.filter.js';
import { withRequestTransaction } from '../../core/tenancy/request-transaction.js';
import { attachmentTooLarge, MAX_ATTACHMENT_BYTES, type ReceivedFile } from '../attachments/file-checks.js';
import { sendDownload } from '../attachments/file-download.js';
import { MAX_MESSAGE_FILES } from './messages.policy.js';
import { checkedBody, MessagesService } from './messages.service.js';

/** A file part as multer hands it over (memory storage). */
interface FilePart {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

/**
 * Nobody without a valid token gets a body read: the multipart parser (which holds up to five
 * files in memory) runs only after this guard.
 */
@Injectable()
class SignedInGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    if (!context.switchToHttp().getRequest<AuthenticatedRequest>().claims) throw AppError.unauthenticated();
    return true;
  }
}

const Multipart = FilesInterceptor('files', MAX_MESSAGE_FILES, {
  // Browsers send a file's name as UTF-8 (multer would read it as Latin-1).
  defParamCharset: 'utf8',
  limits: { fileSize: MAX_ATTACHMENT_BYTES, files: MAX_MESSAGE_FILES, fields: 2, fieldSize: 16 * 1024, parts: MAX_MESSAGE_FILES + 2 },
});

/** The multipart parser's refusals as the errors the service gives (translated, with a field). */
@Injectable()
class MessageFilesInterceptor implements NestInterceptor {
  private readonly multipart = new Multipart();

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    try {
      return await this.multipart.intercept(context, next);
    } catch (error) {
      const code = error instanceof HttpException ? (error.cause as { code?: string } | undefined)?.code : undefined;
      if (code === 'LIMIT_FILE_SIZE') throw attachmentTooLarge('files');
      if (code === 'LIMIT_FILE_COUNT' || code === 'LIMIT_UNEXPECTED_FILE') throw AppError.badInput('files', 'messages.tooManyFiles', { limit: MAX_MESSAGE_FILES });
      if (error instanceof HttpException) throw AppError.badInput('files', 'messages.unreadableForm');
      throw error;
    }
  }
}

function receivedFile(part: FilePart): ReceivedFile {
  return { name: part.originalname, declaredType: part.mimetype.split(';')[0]!.trim().toLowerCase(), content: part.buffer };
}

/**
 * Files on case messages. `POST /attachments/messages` (multipart: `referralId`, `body`, up to five
 * `files`) sends a message with its files in one transaction; `GET /attachments/messages/:id`
 * reads a file back for whoever may read its message. Same rules as GraphQL: the bearer token,
 * row-level security, translated errors, the audit trail (messages.service.ts).
 */
@Controller('attachments/messages')
@UseFilters(RestErrorFilter)
export class MessageAttachmentsController {
  constructor(
    @Inject(APP_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly service: MessagesService,
  ) {}

  @Post()
  @UseGuards(SignedInGuard)
  @UseInterceptors(MessageFilesInterceptor)
  async send(@Req() req: Request, @Res() res: Response): Promise<void> {
    const fields = (req.body ?? {}) as Record<string, unknown>;
    const files = ((req as Request & { files?: FilePart[] }).files ?? []).map(receivedFile);
    const sent = await withRequestTransaction(this.dataSource, req, res, (context) =>
      this.service.send(context, typeof fields.referralId === 'string' ? fields.referralId : '', checkedBody(fields.body), files),
    );
    res.status(201).json({ id: sent.id });
  }

  @Get(':id')
  async download(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    sendDownload(res, await withRequestTransaction(this.dataSource, req, res, (context) => this.service.downloadAttachment(context, id)));
  }
}
