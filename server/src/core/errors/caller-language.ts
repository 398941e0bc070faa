import { defaultLanguage, type Language } from '@cirkel/i18n';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { AuthenticatedRequest } from '../auth/bearer-token.middleware.js';
import { languageFromHeader } from '../i18n/server-i18n.js';
import { RequestContext } from '../tenancy/request-context.js';

/**
 * The language of a refusal that came before the operation loaded its actor (a parse or
 * validation error, a malformed or oversized body…): the signed-in user's stored language when
 * the request carries a verified access token, else Accept-Language, else English.
 *
 * The token says who, not in which language (a user may change it while the token lives), so the
 * stored language is read in one short transaction of its own, under the same rules as every
 * actor (active, in the token's organisation, through row-level security). The request holds no
 * other connection then. When no connection becomes free in time, Accept-Language answers: a
 * refusal is never turned into another error by its translation.
 */
export async function languageOfRefusal(context: RequestContext, dataSource: DataSource): Promise<Language> {
  if (context.claims && !context.isAuthenticated && !context.authFailure) {
    try {
      await context.authenticate(dataSource);
    } catch {
      // BUSY or a failing database: the header's language will do.
    }
  }
  return context.language;
}

/** languageOfRefusal for a request refused before Apollo made its context (by the HTTP layer). */
export async function callerLanguage(req: Request, res: Response, dataSource: DataSource): Promise<Language> {
  try {
    const context = new RequestContext(req, res);
    context.claims = (req as AuthenticatedRequest).claims;
    return await languageOfRefusal(context, dataSource);
  } catch {
    return languageFromHeader(req.header('accept-language')) ?? defaultLanguage;
  }
}
