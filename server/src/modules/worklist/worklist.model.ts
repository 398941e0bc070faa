import { Field, GraphQLISODateTime, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ReferralCase } from '../cases/referral-case.entity.js';
import { Referral } from '../referrals/referral.entity.js';
import { SupervisionAction, SupervisionSession } from '../supervision/supervision.entities.js';

export enum WorkReason {
  NO_CONSENT = 'NO_CONSENT',
  REFERRAL_DECLINED = 'REFERRAL_DECLINED',
  REFERRAL_EXPIRED = 'REFERRAL_EXPIRED',
  ARRIVAL_CONFIRMED = 'ARRIVAL_CONFIRMED',
  DEPARTURE_DUE = 'DEPARTURE_DUE',
  NEW_MESSAGES = 'NEW_MESSAGES',
}
registerEnumType(WorkReason, {
  name: 'WorkReason',
  valuesMap: {
    NO_CONSENT: { description: 'Still before departure, and no consent recorded for any partner.' },
    REFERRAL_DECLINED: { description: 'The latest referral was declined and none is open.' },
    REFERRAL_EXPIRED: { description: 'The latest referral went unanswered and none is open.' },
    ARRIVAL_CONFIRMED: { description: 'The partner confirmed arrival; the case status is behind.' },
    DEPARTURE_DUE: { description: 'Planned departure within 7 days.' },
    NEW_MESSAGES: { description: 'Unread messages from a partner.' },
  },
});

@ObjectType()
export class CaseWorkItem {
  @Field(() => ReferralCase)
  case: ReferralCase;

  @Field(() => WorkReason)
  reason: WorkReason;

  @Field(() => GraphQLISODateTime, { nullable: true })
  since: Date | null;
}

@ObjectType()
export class SupervisionActionItem {
  @Field(() => SupervisionAction)
  action: SupervisionAction;

  @Field(() => SupervisionSession)
  session: SupervisionSession;
}

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
