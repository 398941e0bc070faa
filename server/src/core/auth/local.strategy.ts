import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import type { RequestContext } from '../tenancy/request-context.js';
import { CredentialsVerifier, type NewSession, type Principal } from './credentials-verifier.js';

/** What AuthService hands passport-local along with the credentials. */
export interface LocalLoginRequest {
  body: { email: string; password: string };
  query: Record<string, never>;
  cirkel: { context: RequestContext; session: NewSession };
}

/** passport-local over e-mail and password; the checking itself is CredentialsVerifier's. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly verifier: CredentialsVerifier) {
    super({ usernameField: 'email', passwordField: 'password', session: false, passReqToCallback: true });
  }

  validate(request: LocalLoginRequest, email: string, password: string): Promise<Principal> {
    return this.verifier.verify(request.cirkel.context, email, password, request.cirkel.session);
  }
}
