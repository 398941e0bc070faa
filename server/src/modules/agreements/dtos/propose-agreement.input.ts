import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, Max, Min } from 'class-validator';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { DateKind, DateOf } from '../../../core/validation/date-ranges.js';
import { RequiredText } from '../../../core/validation/text.js';
import { AgreementScope } from '../agreements.enums.js';

@InputType()
export class ProposeAgreementInput {
  @Field()
  @RequiredText(60)
  referenceNumber: string;

  @Field()
  @RequiredText(300)
  title: string;

  @Field(() => [ID], { description: "The other parties (the proposer's own organisation is always a party and confirms by proposing)." })
  @ArrayMaxSize(20)
  @ArrayMinSize(1)
  partnerIds: string[];

  @Field(() => [AgreementScope])
  @ArrayMaxSize(4)
  @ArrayMinSize(1)
  scopes: AgreementScope[];

  @Field(() => DateScalar)
  @DateOf(DateKind.VALIDITY)
  validFrom: string;

  @Field(() => DateScalar)
  @DateOf(DateKind.VALIDITY)
  validTo: string;

  @Field(() => Int, { defaultValue: 7 })
  @IsInt()
  @Max(90)
  @Min(1)
  responseTimeDays: number;
}
