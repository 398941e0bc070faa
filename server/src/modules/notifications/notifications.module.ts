import { Global, Module } from '@nestjs/common';
import { NotificationHub } from './notification-hub.js';
import { NotificationTasks } from './notification-tasks.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

@Global()
@Module({
  providers: [NotificationHub, NotificationsService, NotificationsRepository, NotificationsResolver, NotificationTasks],
  exports: [NotificationHub, NotificationTasks, NotificationsService],
})
export class NotificationsModule {}
