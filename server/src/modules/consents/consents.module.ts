import { Module } from '@nestjs/common';
import { AttachmentsController } from '../attachments/attachments.controller.js';
import { CasesModule } from '../cases/cases.module.js';
import { CaseConsentsResolver, ConsentsResolver } from './consents.resolver.js';
import { ConsentsService } from './consents.service.js';

@Module({
  imports: [CasesModule],
  controllers: [AttachmentsController],
  providers: [ConsentsService, ConsentsResolver, CaseConsentsResolver],
})
export class ConsentsModule {}
