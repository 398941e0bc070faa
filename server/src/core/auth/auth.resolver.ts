import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { AppError } from '../errors/app-error.js';
import type { RequestContext } from '../tenancy/request-context.js';
import { AuthService } from './auth.service.js';
import { BeforeOwnPassword } from './before-own-password.decorator.js';
import { RequestPasswordResetInput } from './dtos/request-password-reset.input.js';
import { ResetPasswordInput } from './dtos/reset-password.input.js';
import { SetFirstPasswordInput } from './dtos/set-first-password.input.js';
import { PasswordResetService } from './password-reset.service.js';
import { AuthPayload } from './dtos/auth-payload.model.js';
import { ChangePasswordInput } from './dtos/change-password.input.js';
import { LoginInput } from './dtos/login.input.js';
import { Public } from './public.decorator.js';
import { RefreshCookie } from './refresh-cookie.js';

/** The session mutations; the refresh token goes in and out through the httpOnly cookie here. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
    private readonly resets: PasswordResetService,
  ) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Logs in; also sets the refresh token as an httpOnly cookie.' })
  async login(@Context() context: RequestContext, @Args('input') input: LoginInput): Promise<AuthPayload> {
    const session = await this.auth.login(context, input);
    this.cookie.set(context.res, session.refresh);
    return this.auth.signIn(context, session.principal);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token in the httpOnly cookie and returns a new access token.' })
  async refreshSession(@Context() context: RequestContext): Promise<AuthPayload> {
    const session = await this.auth.refresh(context, this.cookie.read(context.req));
    if (!session) {
      this.cookie.clear(context.res);
      throw AppError.unauthenticated('auth.sessionExpired');
    }
    this.cookie.set(context.res, session.refresh);
    return this.auth.signIn(context, session.principal);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Revokes the refresh token in the cookie (and its family) and clears the cookie.' })
  async logout(@Context() context: RequestContext): Promise<boolean> {
    await this.auth.logout(context, this.cookie.read(context.req));
    this.cookie.clear(context.res);
    return true;
  }

  @BeforeOwnPassword()
  @Mutation(() => Boolean, { description: "Changes the signed-in user's password; ends their other sessions." })
  changeMyPassword(@Context() context: RequestContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.auth.changePassword(context, input.currentPassword, input.newPassword, this.cookie.read(context.req));
  }

  @BeforeOwnPassword()
  @Mutation(() => Boolean, {
    description: 'For someone added with a temporary password (`me.mustChangePassword`): chooses their own; ends their other sessions.',
  })
  setMyFirstPassword(@Context() context: RequestContext, @Args('input') input: SetFirstPasswordInput): Promise<boolean> {
    return this.auth.setFirstPassword(context, input.newPassword, this.cookie.read(context.req));
  }

  @Public()
  @Query(() => Boolean, { description: 'Whether "forgot your password?" can send a reset link by e-mail on this server.' })
  passwordResetByEmailAvailable(): boolean {
    return this.resets.emailResetAvailable;
  }

  @Public()
  @Mutation(() => Boolean, {
    description: 'Sends a reset link to the address if it has an account; the answer is the same either way. EMAIL_RESET_DISABLED without e-mail.',
  })
  requestPasswordReset(@Context() context: RequestContext, @Args('input') input: RequestPasswordResetInput): Promise<boolean> {
    return this.resets.requestByEmail(context, input.email);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Sets a new password with the token of a reset link (used once); ends every session of the account.' })
  resetPassword(@Context() context: RequestContext, @Args('input') input: ResetPasswordInput): Promise<boolean> {
    return this.resets.reset(context, input.token, input.newPassword);
  }
}
