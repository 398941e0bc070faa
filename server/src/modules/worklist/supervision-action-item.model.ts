import { Field, ObjectType } from '@nestjs/graphql';
import { SupervisionAction } from '../supervision/supervision-action.entity.js';
import { SupervisionSession } from '../supervision/supervision-session.entity.js';

/** An open supervision action falling due, with its session. */
@ObjectType()
export class SupervisionActionItem {
  @Field(() => SupervisionAction)
  action: SupervisionAction;

  @Field(() => SupervisionSession)
  session: SupervisionSession;
}
