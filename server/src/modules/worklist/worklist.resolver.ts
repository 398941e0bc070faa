import { Args, Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { PageArgs, type Connection } from '../../core/graphql/pagination.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { ReferralCaseConnection } from '../cases/cases.resolver.js';
import type { ReferralCase } from '../cases/referral-case.entity.js';
import type { Referral } from '../referrals/referral.entity.js';
import { ReferralConnection } from '../referrals/referrals.resolver.js';
import type { CaseWorkItem } from './case-work-item.model.js';
import type { SupervisionActionItem } from './supervision-action-item.model.js';
import { CaseWorkItemConnection, SupervisionActionItemConnection, Worklist } from './worklist.model.js';
import { WorklistService } from './worklist.service.js';

@Resolver(() => Worklist)
export class WorklistResolver {
  constructor(private readonly service: WorklistService) {}

  @Query(() => Worklist, { description: 'What needs the signed-in person now.' })
  myWorklist(@Context() context: RequestContext): Worklist {
    return this.service.worklist(context);
  }

  @ResolveField(() => CaseWorkItemConnection, {
    description: 'Cases the viewer is responsible for that need them now, each once with all its reasons, oldest first.',
  })
  casesNeedingAction(@Context() context: RequestContext, @Parent() worklist: Worklist, @Args() page: PageArgs): Promise<Connection<CaseWorkItem>> {
    return this.service.casesNeedingAction(context, worklist, page.first, page.after);
  }

  @ResolveField(() => ReferralConnection, { description: "PENDING referrals to the viewer's organisation (partners), oldest first." })
  referralsAwaitingAnswer(@Context() context: RequestContext, @Parent() worklist: Worklist, @Args() page: PageArgs): Promise<Connection<Referral>> {
    return this.service.referralsAwaitingAnswer(context, worklist, page.first, page.after);
  }

  @ResolveField(() => ReferralCaseConnection, {
    description:
      'Open cases with an overdue follow-up visit (partner: cases it follows up; owner: its own cases), the longest overdue first.',
  })
  overdueFollowUps(@Context() context: RequestContext, @Parent() worklist: Worklist, @Args() page: PageArgs): Promise<Connection<ReferralCase>> {
    return this.service.overdueFollowUps(context, worklist, page.first, page.after);
  }

  @ResolveField(() => SupervisionActionItemConnection, {
    description: 'Open supervision actions the viewer owns, due within 7 days or overdue, soonest first.',
  })
  supervisionActionsDue(@Context() context: RequestContext, @Parent() worklist: Worklist, @Args() page: PageArgs): Promise<Connection<SupervisionActionItem>> {
    return this.service.supervisionActionsDue(context, worklist, page.first, page.after);
  }
}
