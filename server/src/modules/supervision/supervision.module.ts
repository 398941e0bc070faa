import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { NoteRevisionResolver, SupervisionActionResolver, SupervisionCommentResolver, SupervisionFollowUpResolver, SupervisionMutationsResolver, SupervisionReferencesResolver, SupervisionResolver } from './supervision.resolver.js';
import { SupervisionRepository } from './supervision.repository.js';
import { SupervisionService } from './supervision.service.js';

@Module({
  imports: [AgreementsModule],
  providers: [SupervisionService, SupervisionRepository, SupervisionResolver, SupervisionMutationsResolver, SupervisionFollowUpResolver, SupervisionReferencesResolver, NoteRevisionResolver, SupervisionActionResolver, SupervisionCommentResolver],
  exports: [SupervisionService],
})
export class SupervisionModule {}
