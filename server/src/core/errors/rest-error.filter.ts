import { Catch, HttpException, Inject, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { defaultLanguage, pickLanguage } from '@cirkel/i18n';
import type { Request, Response } from 'express';
import { translate } from '../i18n/server-i18n.js';
import { LOGGER, type AppLogger } from '../logging/logger.js';
import { contextOf } from '../tenancy/request-transaction.js';
import { AppError, ErrorCode } from './app-error.js';
import { localiseParams } from './error-formatting.js';

const statusOf: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
};

/** REST errors as JSON `{ code, message, field? }`, the message in the caller's language. */
@Catch()
export class RestErrorFilter implements ExceptionFilter {
  constructor(@Inject(LOGGER) private readonly logger: AppLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const language = contextOf(req)?.language ?? pickLanguage(req.header('accept-language')) ?? defaultLanguage;
    let error: AppError;
    if (exception instanceof AppError) error = exception;
    else if (exception instanceof HttpException && exception.getStatus() === 404) error = AppError.notFound();
    else {
      this.logger.failure('unexpected error in a REST request', { error: exception, path: req.path });
      error = new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'codes.INTERNAL_SERVER_ERROR');
    }
    const status = error.translation.key === 'attachments.tooLarge' ? 413 : (statusOf[error.code] ?? 500);
    if (!res.headersSent) {
      res.status(status).json({
        code: error.code,
        message: translate(language, error.translation.key, localiseParams(language, error.translation.params ?? {})),
        ...(error.field ? { field: error.field } : {}),
      });
    }
  }
}
