import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsNotEmpty, IsString, Max, MaxLength, Min } from 'class-validator';
import { DateScalar } from '../../../core/graphql/date.scalar.js';
import { AgreementScope } from '../agreement-scope.enum.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class ProposeAgreementInput {
  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(60)
  @IsNotEmpty()
  referenceNumber: string;

  @Field()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  @IsNotEmpty()
  title: string;

  @Field(() => [ID], { description: "The other parties (the proposer's own organisation is always a party and confirms by proposing)." })
  @ArrayMaxSize(20)
  @ArrayMinSize(1)
  partnerIds: string[];

  @Field(() => [AgreementScope])
  @ArrayMinSize(1)
  scopes: AgreementScope[];

  @Field(() => DateScalar)
  validFrom: string;

  @Field(() => DateScalar)
  validTo: string;

  @Field(() => Int, { defaultValue: 7 })
  @IsInt()
  @Max(90)
  @Min(1)
  responseTimeDays: number;
}
