import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { User } from '../../../modules/users/user.entity.js';

@ObjectType()
export class AuthPayload {
  @Field({ description: 'Short-lived signed access token, sent as `Authorization: Bearer …`.' })
  accessToken: string;

  @Field(() => GraphQLISODateTime)
  accessTokenExpiresAt: Date;

  @Field(() => User)
  user: User;
}
