import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLE_SETS } from '../../core/access/role-sets.js';
import { Roles } from '../../core/auth/roles.decorator.js';
import { ConnectionType, PageArgs, type Connection } from '../../core/graphql/pagination.js';
import { ServiceFieldsResolver, type NoArgs } from '../../core/resolvers/service-fields.resolver.js';
import { ServiceMutationsResolver } from '../../core/resolvers/service-mutations.resolver.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { ReferralCase } from '../cases/referral-case.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { StaffMember } from '../staff/staff-member.model.js';
import { staffById } from '../staff/staff.repository.js';
import { organisation, ReferenceFieldsResolver, staffMember } from '../staff/reference-fields.resolver.js';
import { AddSupervisionActionInput } from './dtos/add-supervision-action.input.js';
import { AddSupervisionCommentInput } from './dtos/add-supervision-comment.input.js';
import { CreateSupervisionSessionInput } from './dtos/create-supervision-session.input.js';
import { UpdateSupervisionNotesInput } from './dtos/update-supervision-notes.input.js';
import { NoteRevision } from './note-revision.entity.js';
import { SupervisionService } from './supervision.service.js';
import { SupervisionAction } from './supervision-action.entity.js';
import { SupervisionComment } from './supervision-comment.entity.js';
import { SupervisionSession } from './supervision-session.entity.js';

export const SupervisionSessionConnection = ConnectionType(SupervisionSession, 'SupervisionSession');

@Resolver(() => SupervisionSession)
export class SupervisionResolver {
  constructor(private readonly service: SupervisionService) {}

  @Roles(...ROLE_SETS.PERSONAL_DATA)
  @Query(() => SupervisionSessionConnection, { description: 'Sessions the viewer’s organisation holds or takes part in, newest first.' })
  supervisionSessions(@Context() context: RequestContext, @Args() page: PageArgs): Promise<Connection<SupervisionSession>> {
    return this.service.list(context, page.first, page.after);
  }

  @Roles(...ROLE_SETS.PERSONAL_DATA)
  @Query(() => SupervisionSession)
  supervisionSession(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<SupervisionSession> {
    return this.service.get(context, id);
  }

  @Query(() => [StaffMember], { description: "People who may take part in a session with this partner: the viewer's colleagues and the partner's staff." })
  supervisionCandidates(@Context() context: RequestContext, @Args('partnerId', { type: () => ID }) partnerId: string): Promise<StaffMember[]> {
    return this.service.candidates(context, partnerId);
  }

  @Query(() => [Organisation], { description: "Partners the viewer's organisation has a SUPERVISION agreement in force with." })
  supervisionPartners(@Context() context: RequestContext): Promise<Organisation[]> {
    return this.service.partners(context);
  }

  @Roles(...ROLE_SETS.PERSONAL_DATA)
  @Mutation(() => SupervisionAction, { description: 'By the action’s owner, or a supervisor of the supervising organisation.' })
  setSupervisionActionDone(
    @Context() context: RequestContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('done') done: boolean,
  ): Promise<SupervisionAction> {
    return this.service.setActionDone(context, id, done);
  }

  @Roles(...ROLE_SETS.PERSONAL_DATA)
  @Mutation(() => SupervisionComment, { description: 'Participants, and supervisors of the supervising organisation.' })
  addSupervisionComment(@Context() context: RequestContext, @Args('input') input: AddSupervisionCommentInput): Promise<SupervisionComment> {
    return this.service.addComment(context, input.sessionId, input.body);
  }

  @ResolveField(() => [NoteRevision], { description: 'Every earlier text of the notes, newest first: who changed it and when.' })
  notesHistory(session: SupervisionSession, _args: NoArgs, context: RequestContext): Promise<NoteRevision[]> {
    return this.service.history(context, session);
  }

  @ResolveField(() => [StaffMember])
  async participants(session: SupervisionSession, _args: NoArgs, context: RequestContext): Promise<StaffMember[]> {
    const participants = await this.service.participants(context, session);
    const names = await context.loader(staffById).loadMany(participants.map((p) => p.userId));
    return names.filter((n): n is StaffMember => n instanceof StaffMember);
  }

  @ResolveField(() => [ReferralCase], { description: 'Only the linked cases the viewer may see.' })
  linkedCases(session: SupervisionSession, _args: NoArgs, context: RequestContext): Promise<ReferralCase[]> {
    return this.service.linkedCases(context, session);
  }

  @ResolveField(() => Int, {
    description:
      'How many linked cases the viewer may not see (not shared with their organisation, or no longer): shown as withheld, never as "no cases linked".',
  })
  linkedCasesHidden(session: SupervisionSession, _args: NoArgs, context: RequestContext): Promise<number> {
    return this.service.linkedCasesHidden(context, session);
  }

  @ResolveField(() => Boolean, { description: 'Supervisors of the supervising organisation edit notes, actions and links.' })
  viewerCanEdit(session: SupervisionSession, _args: NoArgs, context: RequestContext): boolean {
    return this.service.canEdit(context, session);
  }

  @ResolveField(() => Boolean, { description: 'Participants (and supervisors of the supervising organisation) comment.' })
  viewerCanComment(session: SupervisionSession, _args: NoArgs, context: RequestContext): Promise<boolean> {
    return this.service.canComment(context, session);
  }
}

/** What the supervising side's supervisors change in a session, each handed to the service. */
export const SupervisionMutationsResolver = ServiceMutationsResolver(SupervisionService, ROLE_SETS.SUPERVISORS, (m) => ({
  createSupervisionSession: m.input(CreateSupervisionSessionInput, () => SupervisionSession, (service, context, input) => service.create(context, input)),
  updateSupervisionNotes: m.input(UpdateSupervisionNotesInput, () => SupervisionSession, (service, context, input) => service.updateNotes(context, input), {
    description: 'Changes the notes; the text replaced is kept in notesHistory. A stale version is a CONFLICT.',
  }),
  addSupervisionAction: m.input(AddSupervisionActionInput, () => SupervisionSession, (service, context, input) => service.addAction(context, input)),
}));

/** A session's actions and comments, as the service reads them. */
export const SupervisionFollowUpResolver = ServiceFieldsResolver(SupervisionSession, SupervisionService, {
  actions: { type: () => [SupervisionAction], resolve: (service, context, session) => service.actions(context, session) },
  comments: { type: () => [SupervisionComment], resolve: (service, context, session) => service.comments(context, session) },
});

export const SupervisionReferencesResolver = ReferenceFieldsResolver(SupervisionSession, {
  organisation: organisation((session) => session.organisationId, { description: 'The supervising organisation.' }),
  partner: organisation((session) => session.partnerOrganisationId),
  createdBy: staffMember((session) => session.createdByUserId),
});

export const NoteRevisionResolver = ReferenceFieldsResolver(NoteRevision, {
  changedBy: staffMember((revision) => revision.changedByUserId),
});

export const SupervisionActionResolver = ReferenceFieldsResolver(SupervisionAction, {
  owner: staffMember((action) => action.ownerUserId),
});

export const SupervisionCommentResolver = ReferenceFieldsResolver(SupervisionComment, {
  author: staffMember((comment) => comment.authorUserId),
});
