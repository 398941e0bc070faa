import { Field, ObjectType } from '@nestjs/graphql';
import { ReferralCase } from '../cases/referral-case.entity.js';
import { Referral } from '../referrals/referral.entity.js';
import { CaseWorkItem } from './case-work-item.model.js';
import { SupervisionActionItem } from './supervision-action-item.model.js';

@ObjectType()
export class Worklist {
  @Field(() => [CaseWorkItem], { description: 'Cases the viewer is responsible for that need them now, with why.' })
  casesNeedingAction: CaseWorkItem[];

  @Field(() => [Referral], { description: "PENDING referrals to the viewer's organisation (partners)." })
  referralsAwaitingAnswer: Referral[];

  @Field(() => [ReferralCase], { description: 'Cases with an overdue follow-up visit (partner: cases it follows up; owner: its own cases).' })
  overdueFollowUps: ReferralCase[];

  @Field(() => [SupervisionActionItem], { description: 'Open supervision actions the viewer owns, due within 7 days or overdue.' })
  supervisionActionsDue: SupervisionActionItem[];
}
