import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CONFIG, type Config } from '../config/config.js';

export const REFRESH_COOKIE = 'cirkel_refresh';

/**
 * The refresh token lives only in an httpOnly, SameSite=Strict cookie scoped to /graphql:
 * scripts in the page cannot read it, and other sites cannot send it. HTTP is the resolver's
 * business: AuthResolver reads, sets and clears the cookie; AuthService never sees the response.
 */
@Injectable()
export class RefreshCookie {
  constructor(@Inject(CONFIG) private readonly config: Config) {}

  set(res: Response, token: { token: string; expiresAt: Date }): void {
    res.cookie(REFRESH_COOKIE, token.token, {
      httpOnly: true,
      secure: this.config.cookieSecure,
      sameSite: 'strict',
      path: '/graphql',
      expires: token.expiresAt,
    });
  }

  clear(res: Response): void {
    res.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure: this.config.cookieSecure, sameSite: 'strict', path: '/graphql' });
  }

  read(req: Request): string | undefined {
    const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
    return typeof value === 'string' && value.length > 0 && value.length <= 100 ? value : undefined;
  }
}
