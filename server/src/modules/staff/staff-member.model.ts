import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Organisation } from '../organisations/organisation.entity.js';

/** A member of staff as other organisations may see them: a name (with its spellings in the other script), no more. */
@ObjectType({ description: 'A member of staff as other organisations may see them: a name (with its spellings in the other script), no more.' })
export class StaffMember {
  @Field(() => ID)
  id: string;

  @Field({ description: 'The name as the person writes it.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'The name in Latin script, where `name` is in another script.' })
  nameLatin: string | null;

  @Field(() => String, { nullable: true, description: 'The name in Arabic script, where `name` is in another script.' })
  nameArabic: string | null;

  organisationId: string;

  @Field(() => Organisation)
  organisation?: Organisation;
}
