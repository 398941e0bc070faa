import { Field, ID, InputType } from '@nestjs/graphql';
import { SupervisionActionInput } from './supervision-action.input.js';

@InputType()
export class AddSupervisionActionInput extends SupervisionActionInput {
  @Field(() => ID)
  sessionId: string;
}
