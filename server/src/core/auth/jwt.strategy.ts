import { createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { CONFIG, type Config } from '../config/config.js';
import type { AccessClaims } from '../tenancy/request-context.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Verifies the bearer token: HS256 only (so `alg: none` and key confusion fail), issuer,
 * audience and expiry. Whether the user still exists, is active and belongs to the claimed
 * organisation is decided in the request transaction, under row-level security.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(CONFIG) config: Config) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A KeyObject made once: given the string, jsonwebtoken first tries it as a public key on
      // every request (createPublicKey throws, then createSecretKey) — 3 % of a busy server's time.
      secretOrKey: createSecretKey(Buffer.from(config.jwt.secret)) as unknown as Buffer,
      algorithms: ['HS256'],
      issuer: config.jwt.issuer,
      audience: config.jwt.audience,
      ignoreExpiration: false,
    });
  }

  validate(payload: { sub?: unknown; org?: unknown }): AccessClaims | false {
    if (typeof payload.sub !== 'string' || typeof payload.org !== 'string') return false;
    if (!uuid.test(payload.sub) || !uuid.test(payload.org)) return false;
    return { sub: payload.sub, org: payload.org };
  }
}
