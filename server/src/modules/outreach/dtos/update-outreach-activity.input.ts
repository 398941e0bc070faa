import { InputType } from '@nestjs/graphql';
import { VersionedEdit } from '../../../core/validation/input-fields.js';
import { OutreachActivityFields } from './outreach-activity-fields.input.js';

@InputType({ description: 'Replaces every field of the activity (a follow-up already done stays done unless it is changed).' })
export class UpdateOutreachActivityInput extends VersionedEdit(OutreachActivityFields) {}
