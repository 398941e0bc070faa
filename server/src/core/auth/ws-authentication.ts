import type { Language } from '@cirkel/i18n';
import { JwtService } from '@nestjs/jwt';
import type { Context } from 'graphql-ws';
import type { DataSource } from 'typeorm';
import type { Config } from '../config/config.js';
import { shortTransaction } from '../database/short-transaction.js';
import type { AppLogger } from '../logging/logger.js';
import type { Actor } from '../tenancy/actor.js';

/** Close code for a socket without a valid token (the client refreshes its session and reconnects). */
export const WS_UNAUTHORIZED = 4401;

export interface SocketExtra {
  actor?: Actor;
  expiry?: NodeJS.Timeout;
  socket: { close(code: number, reason: string): void };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * graphql-ws `onConnect`: the same checks as for HTTP — an HS256 token with our issuer and
 * audience, not expired, for an active user of the claimed organisation (read under RLS). The
 * socket closes with 4401 when the token is missing or bad, and again when it expires.
 */
export function wsAuthentication(config: Config, dataSource: DataSource, logger: AppLogger) {
  const jwt = new JwtService({
    secret: config.jwt.secret,
    verifyOptions: { algorithms: ['HS256'], issuer: config.jwt.issuer, audience: config.jwt.audience },
  });

  async function actorFor(userId: string, organisationId: string): Promise<Actor | undefined> {
    const rows = await shortTransaction(dataSource, async (runner) => {
      await runner.query(`SELECT set_config('app.user_id', $1, true), set_config('app.organisation_id', $2, true)`, [userId, organisationId]);
      return (await runner.query('SELECT id, organisation_id, roles, language, active, must_change_password FROM app_user WHERE id = $1', [userId])) as Array<{
        id: string;
        organisation_id: string;
        roles: Actor['roles'];
        language: Language;
        active: boolean;
        must_change_password: boolean;
      }>;
    });
    const row = rows[0];
    // A temporary password opens no subscription either (see AuthGuard).
    if (!row || !row.active || row.organisation_id !== organisationId || row.must_change_password) return undefined;
    return { userId: row.id, organisationId: row.organisation_id, roles: row.roles, language: row.language, mustChangePassword: false };
  }

  return {
    async onConnect(context: Context<Record<string, unknown> | undefined, unknown>): Promise<boolean> {
      const extra = context.extra as SocketExtra;
      const refuse = () => {
        extra.socket.close(WS_UNAUTHORIZED, 'Unauthorized');
        return false;
      };
      const params = context.connectionParams ?? {};
      const header = String(params.authorization ?? params.Authorization ?? '');
      const token = /^Bearer (\S+)$/.exec(header)?.[1];
      if (!token) return refuse();
      let claims: { sub?: unknown; org?: unknown; exp?: number };
      try {
        claims = jwt.verify(token);
      } catch {
        return refuse();
      }
      if (typeof claims.sub !== 'string' || typeof claims.org !== 'string' || !uuid.test(claims.sub) || !uuid.test(claims.org)) return refuse();
      try {
        const actor = await actorFor(claims.sub, claims.org);
        if (!actor) return refuse();
        extra.actor = actor;
      } catch (error) {
        logger.failure('subscription authentication failed', { error });
        return refuse();
      }
      if (claims.exp) {
        extra.expiry = setTimeout(() => extra.socket.close(WS_UNAUTHORIZED, 'Token expired'), Math.max(0, claims.exp * 1000 - Date.now()));
        extra.expiry.unref();
      }
      return true;
    },
    onClose(context: Context<Record<string, unknown> | undefined, unknown>): void {
      clearTimeout((context.extra as SocketExtra).expiry);
    },
  };
}
