import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, Max, Min } from 'class-validator';
import { DateField, IntField, TextField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { AgreementScope } from '../agreements.enums.js';

@InputType()
export class ProposeAgreementInput {
  @TextField(60)
  referenceNumber: string;

  @TextField(300)
  title: string;

  @Field(() => [ID], { description: "The other parties (the proposer's own organisation is always a party and confirms by proposing)." })
  @ArrayMaxSize(20)
  @ArrayMinSize(1)
  partnerIds: string[];

  @Field(() => [AgreementScope])
  @ArrayMaxSize(4)
  @ArrayMinSize(1)
  scopes: AgreementScope[];

  @DateField(DateKind.VALIDITY)
  validFrom: string;

  @DateField(DateKind.VALIDITY)
  validTo: string;

  @IntField({ defaultValue: 7 })
  @Max(90)
  @Min(1)
  responseTimeDays: number;
}
