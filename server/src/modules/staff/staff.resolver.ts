import { organisation, ReferenceFieldsResolver } from './reference-fields.resolver.js';
import { StaffMember } from './staff-member.model.js';

export const StaffResolver = ReferenceFieldsResolver(StaffMember, {
  organisation: organisation((staff) => staff.organisationId),
});
