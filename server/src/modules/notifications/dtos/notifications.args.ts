import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '../../../core/graphql/pagination.js';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false })
  unreadOnly: boolean;
}
