import { InputType } from '@nestjs/graphql';
import { StaffConsultationFields } from './staff-consultation-fields.input.js';

@InputType()
export class RecordStaffConsultationInput extends StaffConsultationFields {}
