import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { CONFIG, type Config } from '../config/config.js';

export interface AccessToken {
  token: string;
  expiresAt: Date;
}

/** Signs access tokens (HS256, issuer, audience, short expiry) and makes refresh tokens. */
@Injectable()
export class TokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  signAccessToken(userId: string, organisationId: string): AccessToken {
    const ttl = this.config.jwt.accessTokenTtlSeconds;
    const token = this.jwt.sign(
      { org: organisationId },
      {
        subject: userId,
        issuer: this.config.jwt.issuer,
        audience: this.config.jwt.audience,
        expiresIn: ttl,
        algorithm: 'HS256',
        jwtid: randomUUID(),
      },
    );
    return { token, expiresAt: new Date(Date.now() + ttl * 1000) };
  }

  /** A new opaque refresh token: 256 random bits; only its SHA-256 is stored. */
  newRefreshToken(): { token: string; hash: Buffer; expiresAt: Date } {
    const token = randomBytes(32).toString('base64url');
    return {
      token,
      hash: hashRefreshToken(token),
      expiresAt: new Date(Date.now() + this.config.jwt.refreshTokenTtlDays * 86_400_000),
    };
  }
}

export function hashRefreshToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

/** A password reset link's token: 256 random bits, in the link only; the database keeps its SHA-256. */
export function newResetToken(): { token: string; hash: Buffer } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashRefreshToken(token) };
}

/** Where a reset link leads: the token rides in the fragment, which browsers never send to a server. */
export function resetLinkUrl(publicUrl: string, token: string): string {
  return `${publicUrl}/reset-password#token=${token}`;
}
