import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { CONFIG, type Config } from '../config/config.js';
import { UsersModule } from '../../modules/users/users.module.js';
import { MailModule } from '../mail/mail.module.js';
import { AuthGuard } from './auth.guard.js';
import { AUTHENTICATOR, createAuthenticator } from './authenticator.js';
import { AuthRepository } from './auth.repository.js';
import { AuthResolver } from './auth.resolver.js';
import { AuthService } from './auth.service.js';
import { CredentialsVerifier } from './credentials-verifier.js';
import { JwtStrategy } from './jwt.strategy.js';
import { LocalStrategy } from './local.strategy.js';
import { RefreshCookie } from './refresh-cookie.js';
import { PasswordResetService } from './password-reset.service.js';
import { TokenService } from './token.service.js';

@Module({
  imports: [
    PassportModule.register({ session: false }),
    JwtModule.registerAsync({
      inject: [CONFIG],
      useFactory: (config: Config) => ({
        secret: config.jwt.secret,
        signOptions: { algorithm: 'HS256' },
        verifyOptions: { algorithms: ['HS256'], issuer: config.jwt.issuer, audience: config.jwt.audience },
      }),
    }),
    UsersModule,
    MailModule,
  ],
  providers: [
    AuthService,
    AuthRepository,
    AuthResolver,
    RefreshCookie,
    CredentialsVerifier,
    TokenService,
    PasswordResetService,
    JwtStrategy,
    LocalStrategy,
    { provide: AUTHENTICATOR, inject: [JwtStrategy, LocalStrategy], useFactory: createAuthenticator },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AUTHENTICATOR],
})
export class AuthModule {}
