import { InputType } from '@nestjs/graphql';
import { VersionedEdit } from '../../../core/validation/input-fields.js';
import { ContactPersonFields } from './contact-person-fields.input.js';

@InputType({ description: 'Replaces every field of the person.' })
export class UpdateContactPersonInput extends VersionedEdit(ContactPersonFields) {}
