import passport from 'passport';
import type { JwtStrategy } from './jwt.strategy.js';
import type { LocalStrategy } from './local.strategy.js';

export type Authenticator = passport.Authenticator;

/** The Nest injection token of this application's own passport Authenticator. */
export const AUTHENTICATOR = Symbol('Authenticator');

/**
 * A passport Authenticator of the application's own. @nestjs/passport also registers each
 * strategy on passport's process-wide default, where the last application built would win;
 * using our own instance ties each strategy to the configuration and database it was made with.
 */
export function createAuthenticator(jwt: JwtStrategy, local: LocalStrategy): Authenticator {
  const authenticator = new passport.Authenticator();
  authenticator.use('jwt', jwt);
  authenticator.use('local', local);
  return authenticator;
}
