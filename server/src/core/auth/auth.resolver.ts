import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { AppError } from '../errors/app-error.js';
import type { RequestContext } from '../tenancy/request-context.js';
import { AuthService } from './auth.service.js';
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

  @Mutation(() => Boolean)
  changeMyPassword(@Context() context: RequestContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.auth.changePassword(context, input.currentPassword, input.newPassword, this.cookie.read(context.req));
  }
}
