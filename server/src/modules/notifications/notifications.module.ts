import { Global, Module } from '@nestjs/common';
import { NotificationHub } from './notification-hub.js';
import { NotificationTasks } from './notification-tasks.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

@Global()
@Module({
  providers: [NotificationHub, NotificationsService, NotificationsResolver, NotificationTasks],
  exports: [NotificationHub, NotificationTasks],
})
export class NotificationsModule {}
