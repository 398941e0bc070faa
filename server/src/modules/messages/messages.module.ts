import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module.js';
import { ReferralsModule } from '../referrals/referrals.module.js';
import { MessageAttachmentsController } from './message-attachments.controller.js';
import { MessageReferencesResolver, MessagesResolver, ReferralMessagesResolver } from './messages.resolver.js';
import { MessagesRepository } from './messages.repository.js';
import { MessagesService } from './messages.service.js';

@Module({
  imports: [CasesModule, ReferralsModule],
  controllers: [MessageAttachmentsController],
  providers: [MessagesService, MessagesRepository, MessagesResolver, MessageReferencesResolver, ReferralMessagesResolver],
})
export class MessagesModule {}
