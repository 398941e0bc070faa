import { InputType } from '@nestjs/graphql';
import { VersionedEdit } from '../../../core/validation/input-fields.js';
import { StaffConsultationFields } from './staff-consultation-fields.input.js';

@InputType({ description: 'Replaces every field of the consultation.' })
export class UpdateStaffConsultationInput extends VersionedEdit(StaffConsultationFields) {}
