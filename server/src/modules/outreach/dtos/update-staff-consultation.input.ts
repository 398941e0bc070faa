import { Field, ID, InputType } from '@nestjs/graphql';
import { IntField } from '../../../core/validation/input-fields.js';
import { StaffConsultationFields } from './staff-consultation-fields.input.js';

@InputType({ description: 'Replaces every field of the consultation.' })
export class UpdateStaffConsultationInput extends StaffConsultationFields {
  @Field(() => ID)
  id: string;

  @IntField()
  version: number;
}
