import type { Language } from '@cirkel/i18n';
import express, { type ErrorRequestHandler, type Request, type RequestHandler, type Response } from 'express';
import type { ValidationRule } from 'graphql';
import type { DataSource } from 'typeorm';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { callerLanguage } from '../errors/caller-language.js';
import { awaitingTranslation, createErrorFormatter, translateError, translateResult } from '../errors/error-formatting.js';
import type { AppLogger } from '../logging/logger.js';

/** Headers a browser sends to another origin only after a CORS preflight (Apollo's csrfPrevention list). */
const PREFLIGHT_HEADERS = ['x-apollo-operation-name', 'apollo-require-preflight'];
/** What a cross-site form (or a fetch without preflight) can send. */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

function mediaTypeOf(req: Request): string | undefined {
  return req.header('content-type')?.split(';')[0]?.trim().toLowerCase() || undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The HTTP status of each way body-parser refuses a body; anything else it raises is ours to explain. */
function bodyRefusal(error: { type?: string; status?: number }, limit: number): { status: number; error: AppError } {
  switch (error.type) {
    case 'entity.too.large':
      return {
        status: 413,
        error: new AppError(ErrorCode.PAYLOAD_TOO_LARGE, 'transport.tooLarge', { params: { limitKb: Math.floor(limit / 1000) }, details: { limit } }),
      };
    case 'entity.parse.failed':
      return { status: 400, error: new AppError(ErrorCode.BAD_REQUEST, 'transport.malformedJson') };
    case 'charset.unsupported':
      return { status: 415, error: new AppError(ErrorCode.BAD_REQUEST, 'transport.unsupportedContentType') };
    case 'encoding.unsupported':
      return { status: 415, error: new AppError(ErrorCode.BAD_REQUEST, 'transport.unsupportedEncoding') };
    default:
      return error.status !== undefined && error.status >= 400 && error.status < 500
        ? { status: 400, error: new AppError(ErrorCode.BAD_REQUEST, 'codes.BAD_REQUEST') }
        : { status: 500, error: new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'codes.INTERNAL_SERVER_ERROR', { cause: error }) };
  }
}

export interface GraphqlTransportOptions {
  /** The largest body accepted, in bytes (see graphql-body-limit.ts). */
  bodyLimit: number;
  dataSource: DataSource;
  logger: AppLogger;
  development: boolean;
}

/**
 * What /graphql accepts over HTTP, and one shape for every refusal. The express handlers for
 * `app.use('/graphql', …)`, in order, before Apollo's own:
 *
 * 1. Any response Apollo writes itself (its own checks: a GET's search parameters, `Accept`…)
 *    leaves with its errors written in the caller's language, like every other.
 * 2. Only GET and POST (405); no request a cross-site form could send without a preflight (400,
 *    as Apollo's csrfPrevention); a POST only as application/json (415).
 * 3. The body, up to `bodyLimit` bytes (413), as JSON (400).
 * 4. One operation per request (a batch is 400), with a query, and variables that are an object.
 *
 * Each refusal answers `{ errors: [{ message, extensions: { code, … } }] }` with the message in the
 * caller's language (see caller-language.ts) and is logged as a refusal, not as a server error.
 */
export function graphqlTransport(options: GraphqlTransportOptions): Array<RequestHandler | ErrorRequestHandler> {
  const { bodyLimit, dataSource, logger } = options;
  const format = createErrorFormatter(logger, options.development);

  /** Answers once the language is known; a failure to answer is logged, never left unhandled (it would stop the server). */
  const answer = (res: Response, language: Promise<Language>, write: (language: Language) => void): void => {
    language.then(write).catch((error: unknown) => {
      logger.failure('a refusal could not be sent', { error });
      if (!res.headersSent) res.status(500).end();
    });
  };

  const refuse = (req: Request, res: Response, status: number, error: AppError, headers: Record<string, string> = {}): void => {
    const formatted = format(error.toJSON(), error);
    answer(res, callerLanguage(req, res, dataSource), (language) => {
      if (!res.headersSent) res.status(status).set(headers).json({ errors: [translateError(language, formatted)] });
    });
  };

  const translateOnTheWayOut: RequestHandler = (req, res, next) => {
    const send = res.send.bind(res);
    res.send = ((body?: unknown) => {
      const result = typeof body === 'string' ? awaitingTranslation(body) : undefined;
      if (!result) return send(body);
      answer(res, callerLanguage(req, res, dataSource), (language) => send(translateResult(language, result)));
      return res;
    }) as Response['send'];
    next();
  };

  const screen: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'POST') {
      refuse(req, res, 405, new AppError(ErrorCode.BAD_REQUEST, 'transport.methodNotAllowed', { params: { method: req.method } }), { Allow: 'GET, POST' });
      return;
    }
    const mediaType = mediaTypeOf(req);
    const preflighted = PREFLIGHT_HEADERS.some((header) => (req.header(header) ?? '') !== '');
    if ((mediaType === undefined || SIMPLE_CONTENT_TYPES.includes(mediaType)) && !preflighted) {
      refuse(req, res, 400, new AppError(ErrorCode.BAD_REQUEST, 'transport.csrf'));
      return;
    }
    if (req.method === 'POST' ? mediaType !== 'application/json' : mediaType !== undefined && mediaType !== 'application/json') {
      refuse(req, res, 415, new AppError(ErrorCode.BAD_REQUEST, 'transport.unsupportedContentType'));
      return;
    }
    next();
  };

  const parseBody = express.json({ limit: bodyLimit, type: 'application/json' });

  const refuseUnreadableBody: ErrorRequestHandler = (error: { type?: string; status?: number }, req, res, _next) => {
    const { status, error: refusal } = bodyRefusal(error, bodyLimit);
    refuse(req, res, status, refusal);
  };

  const inspectBody: RequestHandler = (req, res, next) => {
    if (req.method !== 'POST') {
      next();
      return;
    }
    const body: unknown = req.body;
    if (Array.isArray(body)) {
      refuse(req, res, 400, new AppError(ErrorCode.BAD_REQUEST, 'transport.batchNotSupported'));
      return;
    }
    const request = isRecord(body) ? body : {};
    // Persisted queries are off (graphql.config.ts): a hash without its document has no query.
    const query = request.query;
    if (typeof query !== 'string' || query.trim() === '') {
      refuse(req, res, 400, new AppError(ErrorCode.BAD_REQUEST, 'transport.queryMissing'));
      return;
    }
    if (request.variables != null && !isRecord(request.variables)) {
      refuse(req, res, 400, new AppError(ErrorCode.BAD_REQUEST, 'transport.variablesNotObject'));
      return;
    }
    next();
  };

  return [translateOnTheWayOut, screen, parseBody, refuseUnreadableBody, inspectBody];
}

/**
 * A subscription sent over HTTP would run its resolver once, outside any event stream, and fail
 * as an internal error: subscriptions live on the graphql-ws socket. Refused before anything runs.
 * (Only for HTTP: the socket validates with its own rules, see graphql-ws-operations.ts.)
 */
export const noSubscriptionsOverHttp: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') context.reportError(new AppError(ErrorCode.BAD_REQUEST, 'transport.subscriptionOverHttp'));
  },
});
