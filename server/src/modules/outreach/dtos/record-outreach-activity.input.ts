import { InputType } from '@nestjs/graphql';
import { OutreachActivityFields } from './outreach-activity-fields.input.js';

@InputType()
export class RecordOutreachActivityInput extends OutreachActivityFields {}
