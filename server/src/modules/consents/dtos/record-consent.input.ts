import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { DateField } from '../../../core/validation/input-fields.js';
import { DateKind } from '../../../core/validation/date-ranges.js';
import { ConsentSection } from '../consents.enums.js';

@InputType()
export class RecordConsentInput {
  @Field(() => ID)
  caseId: string;

  @Field(() => ID)
  partnerId: string;

  @Field(() => [ConsentSection])
  @ArrayMaxSize(5)
  @ArrayMinSize(1)
  sections: ConsentSection[];

  @DateField(DateKind.EVENT)
  givenOn: string;

  @Field(() => ID, { nullable: true, description: 'From POST /attachments (the signed form: PDF, PNG or JPEG, at most 10 MB).' })
  formAttachmentId?: string | null;
}
