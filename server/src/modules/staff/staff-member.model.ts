import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Organisation } from '../organisations/organisation.entity.js';

/** A member of staff as other organisations may see them: a name, no more. */
@ObjectType({ description: 'A member of staff as other organisations may see them: a name, no more.' })
export class StaffMember {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  organisationId: string;

  @Field(() => Organisation)
  organisation?: Organisation;
}
