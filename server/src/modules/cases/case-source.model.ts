import { Field, ObjectType } from '@nestjs/graphql';
import { CaseSourceKind } from './cases.enums.js';

/**
 * How the returnee came to the office, for the case's owner: the kind, and the directory entry,
 * outreach activity or consultation it names (resolved by CaseSourceResolver).
 */
@ObjectType()
export class CaseSource {
  @Field(() => CaseSourceKind)
  kind: CaseSourceKind;

  contactOrganisationId: string | null;
  outreachActivityId: string | null;
  staffConsultationId: string | null;
}
