import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { ConnectionType, type Connection } from '../../core/graphql/pagination.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { SubscriptionContext } from '../../core/tenancy/subscription-context.js';
import { NotificationsArgs } from './dtos/notifications.args.js';
import { NotificationHub } from './notification-hub.js';
import { Notification } from './notification.model.js';
import { NotificationsService } from './notifications.service.js';

export const NotificationConnection = ConnectionType(Notification, 'Notification');

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly hub: NotificationHub,
  ) {}

  @Query(() => NotificationConnection, { description: "The viewer's notifications: unread first, then newest first." })
  notifications(@Context() context: RequestContext, @Args() args: NotificationsArgs): Promise<Connection<Notification>> {
    return this.service.list(context, args.first, args.after, args.unreadOnly);
  }

  @Query(() => Int)
  unreadNotificationCount(@Context() context: RequestContext): Promise<number> {
    return this.service.unreadCount(context);
  }

  @Mutation(() => Notification)
  markNotificationRead(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<Notification> {
    return this.service.markRead(context, id);
  }

  @Mutation(() => Int, { description: 'Returns how many were marked.' })
  markAllNotificationsRead(@Context() context: RequestContext): Promise<number> {
    return this.service.markAllRead(context);
  }

  @Subscription(() => Notification, {
    description:
      'The viewer’s new notifications, live over graphql-ws on /graphql (same port). Connect with connectionParams ' +
      '{ authorization: "Bearer <access token>" }; without a valid token the socket is closed with code 4401.',
    resolve: (notification: Notification) => notification,
  })
  notificationAdded(@Context() context: SubscriptionContext): AsyncIterableIterator<Notification> {
    const actor = requireActor(context);
    return this.hub.subscribe(actor.userId, actor.organisationId);
  }
}
