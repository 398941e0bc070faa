import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs } from '../../../core/graphql/pagination.js';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field({ defaultValue: false })
  includeInactive: boolean;

  @Field(() => String, { nullable: true, description: 'Part of a name or e-mail address.' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}
