import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { CredentialsVerifier, type Principal } from './credentials-verifier.js';

/** passport-local over e-mail and password; the checking itself is CredentialsVerifier's. */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly verifier: CredentialsVerifier) {
    super({ usernameField: 'email', passwordField: 'password', session: false });
  }

  validate(email: string, password: string): Promise<Principal> {
    return this.verifier.verify(email, password);
  }
}
