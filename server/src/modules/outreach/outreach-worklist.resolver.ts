import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { checkPageSize, ConnectionType, decodeCursor, PageArgs, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Worklist } from '../worklist/worklist.model.js';
import { OutreachFollowUpItem } from './outreach-follow-up-item.model.js';
import { canUseContacts } from '../contacts/contacts.policy.js';
import { OutreachRepository } from './outreach.repository.js';

export const OutreachFollowUpItemConnection = ConnectionType(OutreachFollowUpItem, 'OutreachFollowUpItem');

/** The worklist's list of the viewer's outreach and consultation follow-ups (the worklist module knows nothing of outreach). */
@Resolver(() => Worklist)
export class OutreachWorklistResolver {
  constructor(private readonly repository: OutreachRepository) {}

  @ResolveField(() => OutreachFollowUpItemConnection, {
    description: 'Open follow-ups of outreach and consultations the viewer owns, due within 7 days or overdue, soonest first.',
  })
  async outreachFollowUpsDue(@Context() context: RequestContext, @Parent() worklist: Worklist, @Args() page: PageArgs): Promise<Connection<OutreachFollowUpItem>> {
    const actor = requireActor(context);
    checkPageSize(page.first);
    if (!worklist.available || !canUseContacts(actor)) return toConnection([], page.first, 0, () => []);
    const cursor = page.after ? decodeCursor(page.after, ['date', 'uuid']) : undefined;
    const { rows, totalCount } = await this.repository.followUpsDue(context, actor.userId, page.first, cursor);
    const items = await Promise.all(
      rows.map(async (row) => {
        const activity = row.source === 'activity' ? await this.repository.activityById(context).load(row.id) : null;
        const consultation = row.source === 'consultation' ? await this.repository.consultationById(context).load(row.id) : null;
        const task = (activity ?? consultation)?.followUpTask;
        return task ? Object.assign(new OutreachFollowUpItem(), { activity, consultation, task, overdue: row.overdue }) : null;
      }),
    );
    return toConnection(
      items.filter((item): item is OutreachFollowUpItem => item !== null),
      page.first,
      totalCount,
      (item) => [item.task.dueOn, (item.activity ?? item.consultation)!.id],
    );
  }
}
