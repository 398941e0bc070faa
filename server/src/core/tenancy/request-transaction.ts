import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { auditAccess, flushAccessAudit, writeAccessAuditInRequest } from '../audit/audit.js';
import type { AuthenticatedRequest } from '../auth/bearer-token.middleware.js';
import { AppError, ErrorCode } from '../errors/app-error.js';
import { RequestContext } from './request-context.js';

const CONTEXT = Symbol('RequestContext');

/** The context a REST handler ran with, for its error filter (language). */
export function contextOf(req: Request): RequestContext | undefined {
  return (req as Request & { [CONTEXT]?: RequestContext })[CONTEXT];
}

/**
 * For REST handlers: what the Apollo plugin does for GraphQL. One transaction as the
 * authenticated actor, committed when the work succeeds and rolled back when it throws; reads
 * and refusals audited either way.
 */
export async function withRequestTransaction<T>(
  dataSource: DataSource,
  req: Request,
  res: Response,
  work: (context: RequestContext) => Promise<T>,
): Promise<T> {
  const context = new RequestContext(req, res);
  const request = req as AuthenticatedRequest;
  context.claims = request.claims;
  context.authFailure = request.authFailure;
  (req as Request & { [CONTEXT]?: RequestContext })[CONTEXT] = context;
  try {
    await context.begin(dataSource);
    // As AuthGuard does for GraphQL: a temporary password opens nothing but choosing one's own.
    if (context.optionalActor?.mustChangePassword) throw new AppError(ErrorCode.PASSWORD_CHANGE_REQUIRED, 'auth.passwordChangeRequired');
    const result = await work(context);
    // What the answer read is written with the request's own commit, as for GraphQL (tenancy.plugin.ts).
    await writeAccessAuditInRequest(context);
    await context.finish(true);
    return result;
  } catch (error) {
    await context.finish(false);
    if (error instanceof AppError && [ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN, ErrorCode.NOT_FOUND].includes(error.code)) {
      auditAccess(context, {
        action: 'access.denied',
        entityType: error.audit?.entityType ?? 'operation',
        entityId: error.audit?.entityId ?? null,
        details: { code: error.code, path: `${req.method} ${req.baseUrl}${req.path}` },
      });
    }
    throw error;
  } finally {
    await flushAccessAudit(dataSource, context);
  }
}
