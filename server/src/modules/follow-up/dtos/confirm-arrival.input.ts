import { Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsOptional } from 'class-validator';
import { DateField, OptionalTextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';

@InputType()
export class ConfirmArrivalInput {
  @Field(() => ID)
  caseId: string;

  @DateField(DateKind.EVENT)
  arrivedOn: string;

  @OptionalTextField(4000, { multiline: true })
  notes?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The person confirmed an early arrival: while the case is still at INTAKE, or more than 14 days before its planned departure. Without it such an arrival is refused with CONFIRMATION_REQUIRED.',
  })
  @IsOptional()
  @IsBoolean()
  confirmEarly?: boolean | null;
}
