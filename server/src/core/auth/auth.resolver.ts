import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '../tenancy/request-context.js';
import { AuthService } from './auth.service.js';
import { AuthPayload } from './dtos/auth-payload.model.js';
import { ChangePasswordInput } from './dtos/change-password.input.js';
import { LoginInput } from './dtos/login.input.js';
import { Public } from './public.decorator.js';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Logs in; also sets the refresh token as an httpOnly cookie.' })
  login(@Context() context: RequestContext, @Args('input') input: LoginInput): Promise<AuthPayload> {
    return this.auth.login(context, input);
  }

  @Public()
  @Mutation(() => AuthPayload, { description: 'Rotates the refresh token in the httpOnly cookie and returns a new access token.' })
  refreshSession(@Context() context: RequestContext): Promise<AuthPayload> {
    return this.auth.refresh(context);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Revokes the refresh token in the cookie (and its family) and clears the cookie.' })
  logout(@Context() context: RequestContext): Promise<boolean> {
    return this.auth.logout(context);
  }

  @Mutation(() => Boolean)
  changeMyPassword(@Context() context: RequestContext, @Args('input') input: ChangePasswordInput): Promise<boolean> {
    return this.auth.changePassword(context, input.currentPassword, input.newPassword);
  }
}
