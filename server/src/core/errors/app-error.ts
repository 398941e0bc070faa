import type { NamedInScripts } from '@cirkel/i18n';
import { GraphQLError } from 'graphql';

/**
 * The stable codes a client may act on (`extensions.code`). Each module throws AppError with
 * one of these and a translation key; the message is written in the caller's language when
 * the response is sent (see error-formatting.ts).
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** Too much at once (no free database connection, too many logins in flight): try again shortly. */
  BUSY = 'BUSY',
  BAD_REQUEST = 'BAD_REQUEST',
  /** The request body is larger than the API could ever need (`extensions.limit`, in bytes). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  AGREEMENT_MISSING = 'AGREEMENT_MISSING',
  CONSENT_MISSING = 'CONSENT_MISSING',
  /** Signed in with a temporary password: nothing works until the person has chosen their own. */
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
  /** The password reset link is unknown, used or expired. */
  RESET_LINK_INVALID = 'RESET_LINK_INVALID',
  /** This server sends no e-mail (production without SMTP_URL): a coordinator issues reset links. */
  EMAIL_RESET_DISABLED = 'EMAIL_RESET_DISABLED',
  /** Allowed, but unusual enough that the person must say they mean it (`extensions.reason`); sent again with the input's confirmation. */
  CONFIRMATION_REQUIRED = 'CONFIRMATION_REQUIRED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/**
 * How a refusal is logged. Every code but INTERNAL_SERVER_ERROR answers something the caller
 * asked for or sent (a client's mistake, or a rule of the domain): `info`, without a stack. BUSY
 * says the server ran out of room, which an operator may want to see: `warn`. Only an unexpected
 * error is logged at `error`, with its stack (see error-formatting.ts).
 */
export function refusalLogLevel(code: string): 'info' | 'warn' {
  return code === ErrorCode.BUSY ? 'warn' : 'info';
}

/**
 * A parameter of an error's sentence: a number, a text, or the name of an organisation or a person
 * with its spellings, which the caller reads in their own script (error-formatting.ts; issue 11, point 4).
 */
export type TranslationParam = string | number | NamedInScripts;

export interface Translation {
  /** A key in the `errors` namespace of i18n/, e.g. `validation.tooLong`. */
  key: string;
  params?: Record<string, TranslationParam>;
}

export interface AppErrorOptions {
  /** The input field at fault, as the API names it (`email`, `input.roles`…); also translated. */
  field?: string;
  params?: Record<string, TranslationParam>;
  /** Extra machine-readable details for the client (never personal data of others). */
  details?: Record<string, string | number | boolean | string[]>;
  /** What was asked for, for the audit trail's record of a refusal (never sent to the client). */
  audit?: { entityType: string; entityId?: string };
  cause?: unknown;
}

export class AppError extends GraphQLError {
  readonly code: ErrorCode;
  readonly translation: Translation;
  readonly field?: string;
  readonly audit?: { entityType: string; entityId?: string };

  constructor(code: ErrorCode, key: string, options: AppErrorOptions = {}) {
    super(`${code}: ${key}`, {
      originalError: options.cause instanceof Error ? options.cause : undefined,
      extensions: {
        code,
        ...(options.field ? { field: options.field } : {}),
        ...(options.details ?? {}),
      },
    });
    this.code = code;
    this.translation = { key, params: options.params };
    this.field = options.field;
    this.audit = options.audit;
  }

  static unauthenticated(key = 'codes.UNAUTHENTICATED'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, key);
  }

  static forbidden(key = 'codes.FORBIDDEN'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, key);
  }

  /** Also what a caller gets for something that exists but is not theirs to see. */
  static notFound(key = 'codes.NOT_FOUND', audit?: { entityType: string; entityId?: string }): AppError {
    return new AppError(ErrorCode.NOT_FOUND, key, { audit });
  }

  static badInput(field: string, key: string, params: Record<string, string | number> = {}): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, key, { field, params });
  }

  static conflict(key: string, field?: string): AppError {
    return new AppError(ErrorCode.CONFLICT, key, { field });
  }

  /** The server has no room for this request right now; the client may retry after `retryAfterSeconds`. */
  static busy(retryAfterSeconds = 1, cause?: unknown): AppError {
    return new AppError(ErrorCode.BUSY, 'codes.BUSY', { details: { retryAfterSeconds }, cause });
  }
}

/**
 * `found`, or the module's NOT_FOUND when there is none (or the reader may not see it):
 * `return orNotFound(await this.repository.find(context, id), () => notFound(id))`.
 */
export function orNotFound<T>(found: T | null | undefined, notFound: () => AppError): T {
  if (found === null || found === undefined) throw notFound();
  return found;
}
