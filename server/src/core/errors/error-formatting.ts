import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { readableNameText, type Language } from '@cirkel/i18n';
import { unwrapResolverError } from '@apollo/server/errors';
import { HttpException } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { QueryTooComplexError, tokenLimitOf } from '../graphql/query-limits.js';
import { translate, hasTranslation } from '../i18n/server-i18n.js';
import { isDatabaseBusy } from '../database/pool-errors.js';
import type { AppLogger } from '../logging/logger.js';
import type { RequestContext } from '../tenancy/request-context.js';
import { AppError, ErrorCode, refusalLogLevel, type Translation, type TranslationParam } from './app-error.js';

/** Where a translation waits between formatting (no context) and sending (knows the language). */
const TRANSLATION = 'i18n';
/** Where a refusal's subject waits for the audit trail; removed before the response leaves. */
const AUDIT = 'auditSubject';

/** Codes that mean "you may not have this": each one leaves an access.denied event. */
const DENIALS = new Set<string>([ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND]);

export interface Denial {
  code: string;
  path?: readonly (string | number)[];
  entityType?: string;
  entityId?: string;
}

/** The refusals in a response, for the audit trail. */
export function deniedAccesses(response: GraphQLRequestContextWillSendResponse<RequestContext>['response']): Denial[] {
  if (response.body.kind !== 'single') return [];
  return (response.body.singleResult.errors ?? [])
    .filter((error) => DENIALS.has(String(error.extensions?.code)))
    .map((error) => {
      const subject = error.extensions?.[AUDIT] as { entityType?: string; entityId?: string } | undefined;
      return { code: String(error.extensions?.code), path: error.path, entityType: subject?.entityType, entityId: subject?.entityId };
    });
}

const apolloCodes: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_REQUEST,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_REQUEST,
  BAD_REQUEST: ErrorCode.BAD_REQUEST,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_REQUEST,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_REQUEST,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_REQUEST,
};

/**
 * graphql-js reports a wrongly typed variable as
 * `Variable "$input" got invalid value 5 at "input.name"; String cannot represent …`:
 * the field is the last segment of the path, or the variable itself.
 */
export function fieldOfVariableError(message: string): string | undefined {
  const at = /at "([^"]+)"/.exec(message);
  if (at) {
    // "input.household[1].firstName" → "household.1.firstName": the path within the variable.
    // A bad item of a list of plain values ("roles[0]") is the list's fault: "roles".
    const path = at[1]!.replace(/\[(\d+)\]/g, '.$1').split('.');
    const within = path.length > 1 ? path.slice(1) : path;
    while (within.length > 1 && /^\d+$/.test(within.at(-1)!)) within.pop();
    return within.join('.');
  }
  const variable = /Variable "\$([A-Za-z_]\w*)"/.exec(message);
  return variable?.[1];
}

/**
 * The AppError behind an error, if there is one: thrown by a resolver (Apollo wraps it with the
 * field's path) or reported by a validation rule (Apollo wraps it as a validation failure).
 */
function appErrorIn(error: unknown): AppError | undefined {
  for (let cause: unknown = unwrapResolverError(error); cause instanceof GraphQLError; cause = cause.originalError) {
    if (cause instanceof AppError) return cause;
    if (cause.originalError === cause) break;
  }
  return undefined;
}

/** Which limit refused the operation, if one did: a validation rule's error, or the parser's token limit. */
function queryLimitRefusal(error: unknown, formatted: GraphQLFormattedError): { limit: string; allowed: number } | undefined {
  for (let cause: unknown = error; cause instanceof GraphQLError; cause = cause.originalError) {
    if (cause instanceof QueryTooComplexError) return { limit: cause.limit, allowed: cause.allowed };
    if (cause.originalError === cause) break;
  }
  if (formatted.extensions?.code !== 'GRAPHQL_PARSE_FAILED') return undefined;
  const tokens = tokenLimitOf(formatted.message);
  return tokens === undefined ? undefined : { limit: 'tokens', allowed: tokens };
}

function withTranslation(
  formatted: GraphQLFormattedError,
  code: ErrorCode,
  translation: Translation,
  extra: Record<string, unknown> = {},
): GraphQLFormattedError {
  return {
    message: code,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { ...extra, code, [TRANSLATION]: translation },
  };
}

/**
 * Apollo's formatError: maps every error to a stable code. Anything unexpected becomes
 * INTERNAL_SERVER_ERROR with no detail (logged in full here, at `error` with its stack), except
 * in development. Every other code answers what the caller sent or asked for: it is logged as a
 * refusal, below `error` and without a stack (see refusalLogLevel).
 */
export function createErrorFormatter(logger: AppLogger, development: boolean) {
  const refused = (formatted: GraphQLFormattedError): GraphQLFormattedError => {
    const extensions = formatted.extensions as { code: string; field?: string; [TRANSLATION]: Translation };
    logger.write(refusalLogLevel(extensions.code), 'request refused', {
      code: extensions.code,
      key: extensions[TRANSLATION].key,
      ...(extensions.field ? { field: extensions.field } : {}),
      ...(formatted.path ? { path: formatted.path.join('.') } : {}),
    });
    return formatted;
  };
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const appError = appErrorIn(error);
    if (appError?.code === ErrorCode.INTERNAL_SERVER_ERROR) {
      logger.failure('unexpected error in a GraphQL operation', { error: appError.originalError ?? appError, path: formatted.path });
      return withTranslation(formatted, ErrorCode.INTERNAL_SERVER_ERROR, appError.translation);
    }
    if (appError) {
      const { i18n: _ignored, ...extensions } = appError.extensions as Record<string, unknown>;
      return refused(
        withTranslation(formatted, appError.code, appError.translation, {
          ...extensions,
          ...(appError.audit ? { [AUDIT]: appError.audit } : {}),
        }),
      );
    }
    const apolloCode = String(formatted.extensions?.code ?? '');
    if (apolloCode === 'BAD_USER_INPUT') {
      // Variables that do not match their declared types.
      const field = fieldOfVariableError(formatted.message) ?? 'input';
      const key = formatted.message.includes('Date cannot represent') ? 'validation.invalidDate' : 'validation.invalidType';
      return refused(withTranslation(formatted, ErrorCode.BAD_USER_INPUT, { key }, { field }));
    }
    const refusal = queryLimitRefusal(error, formatted);
    if (refusal) {
      // Raised by the query-limit rules or the parser's token limit; Apollo files both under its own codes.
      return refused(withTranslation(formatted, ErrorCode.QUERY_TOO_COMPLEX, { key: 'codes.QUERY_TOO_COMPLEX' }, refusal));
    }
    if (apolloCode in apolloCodes) {
      const translation = { key: 'codes.BAD_REQUEST' };
      // The request's own text is safe to echo (no data), and helps whoever wrote the query.
      return refused(withTranslation(formatted, apolloCodes[apolloCode]!, translation, { detail: formatted.message }));
    }
    if (original instanceof HttpException) {
      const status = original.getStatus();
      if (status === 401) return refused(withTranslation(formatted, ErrorCode.UNAUTHENTICATED, { key: 'codes.UNAUTHENTICATED' }));
      if (status === 403) return refused(withTranslation(formatted, ErrorCode.FORBIDDEN, { key: 'codes.FORBIDDEN' }));
      if (status === 404) return refused(withTranslation(formatted, ErrorCode.NOT_FOUND, { key: 'codes.NOT_FOUND' }));
      if (status === 400) return refused(withTranslation(formatted, ErrorCode.BAD_REQUEST, { key: 'codes.BAD_REQUEST' }));
    }
    if (isDatabaseBusy(original)) {
      // The database went away or filled up in the middle of the request: nothing the caller did
      // wrong, nothing broken here either — the request may be tried again shortly.
      return refused(withTranslation(formatted, ErrorCode.BUSY, { key: 'codes.BUSY' }, { retryAfterSeconds: 1 }));
    }
    logger.failure('unexpected error in a GraphQL operation', { error: original, path: formatted.path });
    return withTranslation(
      formatted,
      ErrorCode.INTERNAL_SERVER_ERROR,
      { key: 'codes.INTERNAL_SERVER_ERROR' },
      development && original instanceof Error ? { detail: original.message, stacktrace: original.stack?.split('\n') } : {},
    );
  };
}

/**
 * An error's parameters as its sentence takes them in `language`: a `sections` parameter
 * ("IDENTITY,HEALTH") becomes a list of section names, and a name with spellings (an organisation
 * the error is about) is written in the caller's script, with the name as written beside it.
 */
export function localiseParams(language: Language, params: Record<string, TranslationParam>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(params)) out[key] = typeof value === 'object' ? readableNameText(value, language) : value;
  if (typeof params.sections === 'string') {
    out.sections = params.sections
      .split(',')
      .filter(Boolean)
      .map((section) => translate(language, `sections.${section}`));
  }
  return out;
}

/** `returnee.identityNumber` reads as the label of identityNumber; `household.1.firstName` as firstName. */
function labelOf(language: Language, field: string): string {
  const name = field.split('.').filter((segment) => !/^\d+$/.test(segment)).at(-1) ?? field;
  return hasTranslation(`fields.${field}`) ? translate(language, `fields.${field}`) : hasTranslation(`fields.${name}`) ? translate(language, `fields.${name}`) : name;
}

/** Writes one formatted error's message in the caller's language, and drops what only the server reads. */
export function translateError(language: Language, error: GraphQLFormattedError): GraphQLFormattedError {
  const extensions = { ...(error.extensions ?? {}) } as Record<string, unknown>;
  const translation = (extensions[TRANSLATION] as Translation | undefined) ?? {
    key: `codes.${String(extensions.code ?? ErrorCode.INTERNAL_SERVER_ERROR)}`,
  };
  delete extensions[TRANSLATION];
  delete extensions[AUDIT];
  const field = typeof extensions.field === 'string' ? extensions.field : undefined;
  const fieldLabel = field ? labelOf(language, field) : undefined;
  const key = hasTranslation(translation.key, translation.params) ? translation.key : 'codes.INTERNAL_SERVER_ERROR';
  return {
    ...error,
    message: translate(language, key, { ...localiseParams(language, translation.params ?? {}), field: fieldLabel }),
    extensions,
  };
}

/** Writes each error's message in the caller's language, once the language is known. */
export function translateErrors(
  language: Language,
  response: GraphQLRequestContextWillSendResponse<RequestContext>['response'],
): void {
  if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
  response.body.singleResult.errors = response.body.singleResult.errors.map((error) => translateError(language, error));
}

/** A serialised GraphQL result. */
type ResultBody = { errors?: GraphQLFormattedError[]; [key: string]: unknown };

/**
 * The result in a response body, if one of its errors still waits for its message (the marker
 * that formatError adds and translateError removes). Inside a JSON string the marker's quotes
 * would be escaped, so the quick test only matches a key; the parse makes sure it is an error's.
 */
export function awaitingTranslation(body: string): ResultBody | undefined {
  if (!body.includes(`"${TRANSLATION}":`)) return undefined;
  let result: unknown;
  try {
    result = JSON.parse(body);
  } catch {
    return undefined;
  }
  const errors = (result as ResultBody | null)?.errors;
  return Array.isArray(errors) && errors.some((error) => error?.extensions && TRANSLATION in error.extensions) ? (result as ResultBody) : undefined;
}

/**
 * Writes, in the caller's language, the errors of a result that left Apollo without passing the
 * tenancy plugin (Apollo's own refusals before the operation ran). Errors already written are
 * kept as they are.
 */
export function translateResult(language: Language, result: ResultBody): string {
  const errors = (result.errors ?? []).map((error) => (error.extensions && TRANSLATION in error.extensions ? translateError(language, error) : error));
  return `${JSON.stringify({ ...result, errors })}\n`;
}
