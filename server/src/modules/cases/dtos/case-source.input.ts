import { Field, ID, InputType } from '@nestjs/graphql';
import { CaseSourceKind } from '../cases.enums.js';

@InputType({
  description:
    'How the returnee came to the office. ASSOCIATION names a directory entry (an association, faith community or NGO); ' +
    'OUTREACH_ACTIVITY an activity; CITY_DEPARTMENT may name a consultation and/or a city department entry; AUTHORITY and OTHER ' +
    'may name an entry; OWN_INITIATIVE names nothing.',
})
export class CaseSourceInput {
  @Field(() => CaseSourceKind)
  kind: CaseSourceKind;

  @Field(() => ID, { nullable: true })
  contactOrganisationId?: string | null;

  @Field(() => ID, { nullable: true })
  outreachActivityId?: string | null;

  @Field(() => ID, { nullable: true })
  staffConsultationId?: string | null;
}
