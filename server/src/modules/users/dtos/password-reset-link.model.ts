import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A one-time password reset link: shown once, never stored (only its hash is).' })
export class PasswordResetLink {
  @Field()
  url: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}
