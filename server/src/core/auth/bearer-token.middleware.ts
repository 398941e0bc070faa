import type { NextFunction, Request, Response } from 'express';
import type { AccessClaims, AuthFailure } from '../tenancy/request-context.js';
import type { Authenticator } from './authenticator.js';

export interface AuthenticatedRequest extends Request {
  claims?: AccessClaims;
  authFailure?: AuthFailure;
}

/**
 * Runs passport-jwt on /graphql without failing the request: a missing token means anonymous,
 * a bad one is remembered, and the guard of each operation decides.
 */
export function bearerTokenMiddleware(authenticator: Authenticator) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const request = req as AuthenticatedRequest;
    if (!req.headers.authorization) {
      next();
      return;
    }
    const verdict = (error: unknown, claims: AccessClaims | false, info: unknown) => {
      if (!error && claims) {
        request.claims = claims;
      } else {
        request.authFailure = info instanceof Error && info.name === 'TokenExpiredError' ? 'expired' : 'invalid';
      }
      next();
    };
    authenticator.authenticate('jwt', { session: false }, verdict)(req, res, next);
  };
}
