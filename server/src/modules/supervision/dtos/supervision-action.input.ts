import { Field, ID, InputType } from '@nestjs/graphql';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { DateKind, DateOf } from '../../../core/validation/date-ranges.js';
import { RequiredText } from '../../../core/validation/text.js';

@InputType()
export class SupervisionActionInput {
  @Field()
  @RequiredText(2000)
  description: string;

  @Field(() => ID)
  ownerId: string;

  @Field(() => DateScalar, { nullable: true })
  @DateOf(DateKind.SCHEDULE)
  dueOn?: string | null;
}
