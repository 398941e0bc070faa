import { Args, Context, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Roles } from '../../core/auth/roles.decorator.js';
import { ConnectionType, type Connection } from '../../core/graphql/pagination.js';
import { ServiceFieldsResolver, type NoArgs } from '../../core/resolvers/service-fields.resolver.js';
import { ServiceMutationsResolver } from '../../core/resolvers/service-mutations.resolver.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { ConsentSection } from '../consents/consents.enums.js';
import { ContactOrganisation } from '../contacts/contact-organisation.entity.js';
import { ContactsRepository } from '../contacts/contacts.repository.js';
import { OutreachActivity } from '../outreach/outreach-activity.entity.js';
import { OutreachRepository } from '../outreach/outreach.repository.js';
import { StaffConsultation } from '../outreach/staff-consultation.entity.js';
import { StaffMember } from '../staff/staff-member.model.js';
import { organisation, ReferenceFieldsResolver, staffMember } from '../staff/reference-fields.resolver.js';
import { AuditEvent } from './audit-event.model.js';
import { CaseNeeds } from './case-needs.entity.js';
import { CaseSource } from './case-source.model.js';
import { CaseStatusChange } from './case-status-change.entity.js';
import { CaseTransition } from './case-transition.model.js';
import { CASE_STAFF, isCaseOwner, PERSONAL_DATA } from './cases.policy.js';
import { CasesService } from './cases.service.js';
import { CasesArgs } from './dtos/cases.args.js';
import { ChangeCaseStatusInput } from './dtos/change-case-status.input.js';
import { CreateCaseInput } from './dtos/create-case.input.js';
import { UpdateCaseInput } from './dtos/update-case.input.js';
import { HouseholdMember } from './household-member.entity.js';
import { Money } from './money.model.js';
import { ReferralCase } from './referral-case.entity.js';
import { ReturneeContact } from './returnee-contact.entity.js';
import { ReturneeHealth } from './returnee-health.entity.js';
import { Returnee } from './returnee.entity.js';

export const ReferralCaseConnection = ConnectionType(ReferralCase, 'ReferralCase');
export const AuditEventConnection = ConnectionType(AuditEvent, 'AuditEvent');

@Resolver(() => ReferralCase)
export class CasesResolver {
  constructor(private readonly service: CasesService) {}

  @Roles(...PERSONAL_DATA)
  @Query(() => ReferralCaseConnection, { description: "The viewer's organisation's cases (partners reach referred cases through referrals)." })
  cases(@Context() context: RequestContext, @Args() args: CasesArgs): Promise<Connection<ReferralCase>> {
    return this.service.list(context, args);
  }

  @Roles(...PERSONAL_DATA)
  @Query(() => ReferralCase, {
    description: "A case the viewer may see: its own, or one referred to the viewer's organisation while the referral gives access.",
  })
  case(@Context() context: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<ReferralCase> {
    return this.service.get(context, id);
  }

  @Query(() => [StaffMember], { description: "The people of the viewer's organisation who can be responsible for a case." })
  caseworkers(@Context() context: RequestContext): Promise<StaffMember[]> {
    return this.service.caseworkers(context);
  }

  @ResolveField(() => Money, { nullable: true })
  supportGranted(c: ReferralCase): Money | null {
    return c.supportAmountMinor === null || c.supportCurrency === null
      ? null
      : { amountMinor: Number(c.supportAmountMinor), currency: c.supportCurrency };
  }

  @ResolveField(() => CaseSource, {
    nullable: true,
    description: "How the returnee came to the office; null when not recorded, and always for a partner (it names the owner's own directory).",
  })
  source(c: ReferralCase, _args: NoArgs, context: RequestContext): CaseSource | null {
    return this.service.source(context, c);
  }

  @ResolveField(() => Boolean, { description: 'True for the organisation that owns the case; false for a partner it was referred to.' })
  viewerIsOwner(c: ReferralCase, _args: NoArgs, context: RequestContext): boolean {
    return isCaseOwner(requireActor(context), c);
  }

  @ResolveField(() => AuditEventConnection, { description: 'Coordinators of the owner only (FORBIDDEN otherwise).' })
  auditTrail(
    @Context() context: RequestContext,
    @Parent() c: ReferralCase,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<Connection<AuditEvent>> {
    return this.service.auditTrail(context, c, first, after);
  }
}

/** What a case's source names, through the contacts and outreach loaders (the owner's own rows only). */
@Resolver(() => CaseSource)
export class CaseSourceResolver {
  constructor(
    private readonly contacts: ContactsRepository,
    private readonly outreach: OutreachRepository,
  ) {}

  @ResolveField(() => ContactOrganisation, { nullable: true, description: 'The directory entry: an association, authority, city department…' })
  contactOrganisation(source: CaseSource, _args: NoArgs, context: RequestContext): Promise<ContactOrganisation | null> | null {
    return source.contactOrganisationId ? this.contacts.byId(context).load(source.contactOrganisationId) : null;
  }

  @ResolveField(() => OutreachActivity, { nullable: true })
  outreachActivity(source: CaseSource, _args: NoArgs, context: RequestContext): Promise<OutreachActivity | null> | null {
    return source.outreachActivityId ? this.outreach.activityById(context).load(source.outreachActivityId) : null;
  }

  @ResolveField(() => StaffConsultation, { nullable: true, description: "A consultation of the city's staff that brought the returnee." })
  staffConsultation(source: CaseSource, _args: NoArgs, context: RequestContext): Promise<StaffConsultation | null> | null {
    return source.staffConsultationId ? this.outreach.consultationById(context).load(source.staffConsultationId) : null;
  }
}

/** Case staff create, edit and move cases through the service. */
export const CaseMutationsResolver = ServiceMutationsResolver(CasesService, CASE_STAFF, (m) => ({
  createCase: m.input(CreateCaseInput, () => ReferralCase, (service, context, input) => service.create(context, input)),
  updateCase: m.input(UpdateCaseInput, () => ReferralCase, (service, context, input) => service.update(context, input), {
    description: 'Changes what is given; refused with CONFLICT when `version` is stale.',
  }),
  changeCaseStatus: m.input(ChangeCaseStatusInput, () => ReferralCase, (service, context, input) => service.changeStatus(context, input), {
    description: 'Moves the case to another status; a transition that is not allowed is refused with INVALID_TRANSITION.',
  }),
}));

/** The case's sections (null where the viewer may not see one), its history and next steps, as the service reads them. */
export const ReferralCaseSectionsResolver = ServiceFieldsResolver(ReferralCase, CasesService, {
  visibleSections: { type: () => [ConsentSection], description: 'The sections the viewer may see.', resolve: (service, context, c) => service.visibleSections(context, c) },
  returnee: { type: () => Returnee, nullable: true, resolve: (service, context, c) => service.returnee(context, c) },
  contact: { type: () => ReturneeContact, nullable: true, resolve: (service, context, c) => service.contact(context, c) },
  household: { type: () => [HouseholdMember], nullable: true, resolve: (service, context, c) => service.household(context, c) },
  needs: { type: () => CaseNeeds, nullable: true, resolve: (service, context, c) => service.needs(context, c) },
  health: { type: () => ReturneeHealth, nullable: true, resolve: (service, context, c) => service.health(context, c) },
  statusHistory: { type: () => [CaseStatusChange], resolve: (service, context, c) => service.history(context, c) },
  allowedTransitions: {
    type: () => [CaseTransition],
    description: 'Owner only: the status changes allowed from the current status.',
    resolve: (service, context, c) => service.transitions(context, c),
  },
});

export const ReferralCaseReferencesResolver = ReferenceFieldsResolver(ReferralCase, {
  organisation: organisation((c) => c.organisationId),
  responsibleCaseworker: staffMember((c) => c.responsibleUserId),
});

export const CaseStatusChangeResolver = ReferenceFieldsResolver(CaseStatusChange, {
  changedBy: staffMember((change) => change.changedByUserId, { nullable: true }),
});

export const AuditEventResolver = ReferenceFieldsResolver(AuditEvent, {
  actor: staffMember((event) => event.actorUserId, { nullable: true }),
  organisation: organisation((event) => event.organisationId, { nullable: true }),
});
