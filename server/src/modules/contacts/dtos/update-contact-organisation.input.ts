import { InputType } from '@nestjs/graphql';
import { VersionedEdit } from '../../../core/validation/input-fields.js';
import { ContactOrganisationFields } from './contact-organisation-fields.input.js';

@InputType({ description: 'Replaces every descriptive field (the status changes through changeContactStatus).' })
export class UpdateContactOrganisationInput extends VersionedEdit(ContactOrganisationFields, 'The version the edit started from; a stale one is refused (CONFLICT).') {}
