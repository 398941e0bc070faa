import { Injectable } from '@nestjs/common';
import { auditChange, auditRead } from '../../core/audit/audit.js';
import { AppError, ErrorCode, orNotFound } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { ConsentSection } from '../consents/consents.enums.js';
import { ContactsRepository } from '../contacts/contacts.repository.js';
import { OutreachRepository } from '../outreach/outreach.repository.js';
import type { StaffMember } from '../staff/staff-member.model.js';
import { StaffService } from '../staff/staff.service.js';
import type { AuditEvent } from './audit-event.model.js';
import type { CaseNeeds } from './case-needs.entity.js';
import { checkCaseDates, checkCreateCase, checkUpdateCase } from './case-input.validation.js';
import type { CaseSource } from './case-source.model.js';
import { checkSourceShape, contactKindsOfSource, NO_SOURCE, type CaseSourceValues } from './case-source.validation.js';
import { allowedTransitions, isAllowedTransition, type Transition } from './case-status-machine.js';
import type { CaseStatusChange } from './case-status-change.entity.js';
import { CaseSortField, CaseStatus, SortDirection } from './cases.enums.js';
import { canReadAuditTrail, canWorkOnCase, canWriteHealth, isCaseOwner, sectionsByRole } from './cases.policy.js';
import { caseCursorKeyFits, CasesRepository, refusedByRowSecurity } from './cases.repository.js';
import type { CasesArgs } from './dtos/cases.args.js';
import type { CaseSourceInput } from './dtos/case-source.input.js';
import type { ChangeCaseStatusInput } from './dtos/change-case-status.input.js';
import type { CreateCaseInput } from './dtos/create-case.input.js';
import type { UpdateCaseInput } from './dtos/update-case.input.js';
import type { HouseholdMember } from './household-member.entity.js';
import type { ReferralCase } from './referral-case.entity.js';
import type { ReturneeContact } from './returnee-contact.entity.js';
import type { ReturneeHealth } from './returnee-health.entity.js';
import type { Returnee } from './returnee.entity.js';

/** The section parts of a create or an update; what is absent (or null) stays as it is. */
type SectionsInput = Pick<UpdateCaseInput, 'returnee' | 'contact' | 'household' | 'needs' | 'health'>;

const notFound = (id: string) => AppError.notFound('cases.notFound', { entityType: 'case', entityId: id });

/**
 * Referral cases: opening, editing (with a version check), moving through their statuses, and
 * reading them section by section. Every method starts with the access rule; row-level
 * security enforces the same underneath.
 */
@Injectable()
export class CasesService {
  constructor(
    private readonly repository: CasesRepository,
    private readonly staff: StaffService,
    private readonly contacts: ContactsRepository,
    private readonly outreach: OutreachRepository,
  ) {}

  /** A case the actor may see at all (its own, or one referred to its organisation), else NOT_FOUND. */
  async get(context: RequestContext, id: string): Promise<ReferralCase> {
    requireActor(context);
    return orNotFound(await this.repository.find(context, id), () => notFound(id));
  }

  /** A case of the actor's own organisation, for changes; a partner's view of it is not enough. */
  async getOwned(context: RequestContext, id: string): Promise<ReferralCase> {
    const found = await this.get(context, id);
    if (!isCaseOwner(requireActor(context), found)) throw AppError.forbidden('cases.ownerOnly');
    return found;
  }

  async list(context: RequestContext, args: CasesArgs): Promise<Connection<ReferralCase>> {
    const actor = requireActor(context);
    checkPageSize(args.first);
    const filter = args.filter ?? {};
    if (filter.responsibleCaseworkerId && !isUuid(filter.responsibleCaseworkerId)) {
      throw AppError.badInput('filter.responsibleCaseworkerId', 'validation.invalidValue');
    }
    if (filter.partnerId && !isUuid(filter.partnerId)) throw AppError.badInput('filter.partnerId', 'validation.invalidValue');
    const field = caseListSort(filter.text, args.orderBy?.field);
    const { cases, sortKeys, totalCount } = await this.repository.page(context, {
      organisationId: actor.organisationId,
      statuses: filter.status,
      destinationCountry: filter.destinationCountry,
      responsibleUserId: filter.responsibleCaseworkerId,
      partnerId: filter.partnerId,
      text: filter.text,
      field,
      direction: args.orderBy?.direction ?? SortDirection.DESC,
      limit: args.first + 1,
      after: args.after ? this.caseCursor(args.after, field) : undefined,
    });
    return toConnection(cases, args.first, totalCount, (c) => [sortKeys.get(c.id) ?? '', c.id]);
  }

  /** A case list cursor's sort key and id, or BAD_USER_INPUT naming `after`. */
  private caseCursor(after: string, field: CaseSortField): readonly [string, string] {
    const [key, id] = decodeCursor(after, ['text', 'uuid']);
    if (!caseCursorKeyFits(field, key)) throw AppError.badInput('after', 'validation.invalidCursor');
    return [key, id];
  }

  async create(context: RequestContext, raw: CreateCaseInput): Promise<ReferralCase> {
    const actor = requireActor(context);
    const input = checkCreateCase(raw);
    const responsible = await this.staff.checkCaseworker(context, input.responsibleCaseworkerId ?? actor.userId, 'responsibleCaseworkerId');
    const source = input.source ? await this.checkSource(context, input.source) : NO_SOURCE;
    const year = new Date().getUTCFullYear();
    const { sequence, prefix } = await this.repository.takeNumber(context, actor.organisationId, year);
    const number = `${prefix ?? actor.organisationId.slice(0, 5).toUpperCase()}-${year}-${String(sequence).padStart(4, '0')}`;
    const id = await this.repository.insert(context, {
      organisationId: actor.organisationId,
      number,
      year,
      sequence,
      responsibleUserId: responsible,
      destinationCountry: input.destinationCountry,
      destinationPlace: input.destinationPlace,
      plannedDeparture: input.plannedDeparture ?? null,
      createdByUserId: actor.userId,
      source,
    });
    await this.writeSections(context, id, input);
    await this.repository.recordStatusChange(context, {
      caseId: id,
      organisationId: actor.organisationId,
      from: null,
      to: CaseStatus.INTAKE,
      closureReason: null,
      changedByUserId: actor.userId,
    });
    await auditChange(context, { action: 'case.create', entityType: 'case', entityId: id, details: { caseId: id, number, source: source.kind } });
    return this.reload(context, id);
  }

  async update(context: RequestContext, raw: UpdateCaseInput): Promise<ReferralCase> {
    const existing = await this.getOwned(context, raw.id);
    const input = checkUpdateCase(raw);
    const returnee = input.returnee ?? (await this.repository.returnee(context).load(existing.id));
    checkCaseDates({
      dateOfBirth: returnee?.dateOfBirth,
      plannedDeparture: input.plannedDeparture === undefined ? existing.plannedDeparture : input.plannedDeparture,
      actualDeparture: input.actualDeparture === undefined ? existing.actualDeparture : input.actualDeparture,
    });
    const responsible =
      input.responsibleCaseworkerId !== undefined && input.responsibleCaseworkerId !== null
        ? await this.staff.checkCaseworker(context, input.responsibleCaseworkerId, 'responsibleCaseworkerId')
        : existing.responsibleUserId;
    const source = input.source === undefined ? storedSource(existing) : input.source === null ? NO_SOURCE : await this.checkSource(context, input.source);
    await this.takeVersion(context, existing, input.version);
    const has = (key: keyof UpdateCaseInput) => input[key] !== undefined;
    await this.repository.update(context, existing.id, {
      responsibleUserId: responsible,
      destinationCountry: input.destinationCountry ?? existing.destinationCountry,
      destinationPlace: input.destinationPlace ?? existing.destinationPlace,
      plannedDeparture: has('plannedDeparture') ? (input.plannedDeparture ?? null) : existing.plannedDeparture,
      actualDeparture: has('actualDeparture') ? (input.actualDeparture ?? null) : existing.actualDeparture,
      supportAmountMinor: has('supportGranted') ? (input.supportGranted?.amountMinor ?? null) : existing.supportAmountMinor,
      supportCurrency: has('supportGranted') ? (input.supportGranted?.currency ?? null) : existing.supportCurrency,
      source,
    });
    await this.writeSections(context, existing.id, input);
    const changed = Object.keys(input).filter((key) => !['id', 'version'].includes(key) && input[key as keyof UpdateCaseInput] !== undefined);
    const sourceChange = has('source') ? { source: { from: existing.sourceKind, to: source.kind } } : {};
    await auditChange(context, { action: 'case.update', entityType: 'case', entityId: existing.id, details: { caseId: existing.id, changed, ...sourceChange } });
    return this.reload(context, existing.id);
  }

  async changeStatus(context: RequestContext, input: ChangeCaseStatusInput): Promise<ReferralCase> {
    const actor = requireActor(context);
    const existing = await this.getOwned(context, input.caseId);
    if (!isAllowedTransition(existing.status, input.to, input.closureReason)) {
      throw new AppError(ErrorCode.INVALID_TRANSITION, input.to === CaseStatus.CLOSED ? 'cases.invalidClosure' : 'cases.invalidTransition', {
        params: { from: existing.status, to: input.to },
        details: { from: existing.status, to: input.to },
      });
    }
    if (input.to === CaseStatus.RETURNED && !existing.actualDeparture) {
      throw AppError.badInput('actualDeparture', 'cases.actualDepartureRequired');
    }
    await this.takeVersion(context, existing, input.version);
    const closureReason = input.closureReason ?? null;
    await this.repository.setStatus(context, existing.id, input.to, closureReason);
    await this.repository.recordStatusChange(context, {
      caseId: existing.id,
      organisationId: actor.organisationId,
      from: existing.status,
      to: input.to,
      closureReason,
      changedByUserId: actor.userId,
    });
    if (input.to === CaseStatus.CLOSED) await this.repository.endReferralsOfClosedCase(context, existing.id, actor.userId, closureReason);
    await auditChange(context, {
      action: 'case.status',
      entityType: 'case',
      entityId: existing.id,
      details: { caseId: existing.id, from: existing.status, to: input.to, closureReason },
    });
    return this.reload(context, existing.id);
  }

  /** How the returnee came to the office: the owner's own knowledge (a partner gets null), or null when not recorded. */
  source(context: RequestContext, c: ReferralCase): CaseSource | null {
    if (!isCaseOwner(requireActor(context), c) || !c.sourceKind) return null;
    return {
      kind: c.sourceKind,
      contactOrganisationId: c.sourceContactId,
      outreachActivityId: c.sourceOutreachActivityId,
      staffConsultationId: c.sourceConsultationId,
    };
  }

  /**
   * A source as given: its shape fits the kind (BAD_USER_INPUT naming the field), what it names is
   * the actor's organisation's own (else NOT_FOUND, as for a random id), and a directory entry is
   * of a kind that fits (an association for ASSOCIATION…). The composite foreign keys of migration
   * 0018 hold the same ownership rule in SQL.
   */
  private async checkSource(context: RequestContext, input: CaseSourceInput): Promise<CaseSourceValues> {
    const actor = requireActor(context);
    const source = checkSourceShape(input);
    const missing = (field: string, entityType: string, id: string) =>
      new AppError(ErrorCode.NOT_FOUND, 'cases.sourceNotFound', { field: `source.${field}`, audit: { entityType, entityId: id } });
    const own = <T extends { organisationId: string }>(found: T | null | undefined): T | null =>
      found && found.organisationId === actor.organisationId ? found : null;
    if (source.contactOrganisationId) {
      const id = source.contactOrganisationId;
      const contact = own(isUuid(id) ? await this.contacts.byId(context).load(id) : null);
      if (!contact) throw missing('contactOrganisationId', 'contact_organisation', id);
      const kinds = contactKindsOfSource(input.kind);
      if (kinds && !kinds.includes(contact.kind)) throw AppError.badInput('source.contactOrganisationId', 'cases.sourceContactKind');
    }
    if (source.outreachActivityId) {
      const id = source.outreachActivityId;
      if (!own(isUuid(id) ? await this.outreach.activityById(context).load(id) : null)) throw missing('outreachActivityId', 'outreach_activity', id);
    }
    if (source.staffConsultationId) {
      const id = source.staffConsultationId;
      if (!own(isUuid(id) ? await this.outreach.consultationById(context).load(id) : null)) throw missing('staffConsultationId', 'staff_consultation', id);
    }
    return source;
  }

  caseworkers(context: RequestContext): Promise<StaffMember[]> {
    return this.staff.caseworkers(context);
  }

  transitions(context: RequestContext, referralCase: ReferralCase): Transition[] {
    return canWorkOnCase(requireActor(context), referralCase) ? allowedTransitions(referralCase.status) : [];
  }

  history(context: RequestContext, referralCase: ReferralCase): Promise<CaseStatusChange[]> {
    return this.repository.statusHistory(context).load(referralCase.id);
  }

  /**
   * The access function of the case aggregate: which sections of this case the actor may see.
   * The owner's people see what their roles allow; a partner sees what a live referral shares
   * (and its roles allow). The same rules are the row-level security policies of the section
   * tables; this one gives clear answers and the `visibleSections` field.
   */
  async visibleSections(context: RequestContext, referralCase: ReferralCase): Promise<ConsentSection[]> {
    const actor = requireActor(context);
    const owner = isCaseOwner(actor, referralCase);
    const byRole = sectionsByRole(actor, owner);
    if (owner) return byRole;
    const shared = (await this.repository.partnerSections(context).load(referralCase.id)) ?? [];
    return byRole.filter((section) => shared.includes(section));
  }

  /**
   * The case's trail, for its owner's coordinators: everything recorded about the case and about
   * the consents and referrals that belong to it, newest first — and the refused attempts of
   * other organisations on them, which reach the owner as notices (the prober's own event names
   * only the prober's organisation).
   */
  async auditTrail(context: RequestContext, referralCase: ReferralCase, first: number, after?: string | null): Promise<Connection<AuditEvent>> {
    const actor = requireActor(context);
    if (!canReadAuditTrail(actor, referralCase)) throw AppError.forbidden();
    checkPageSize(first);
    const afterId = after ? decodeCursor(after, ['digits'])[0] : undefined;
    const { events, totalCount } = await this.repository.auditTrail(context, actor.organisationId, referralCase.id, first + 1, afterId);
    return toConnection(events, first, totalCount, (event) => [event.id]);
  }

  // Sections: each read is checked against the access function, then audited.

  returnee(context: RequestContext, c: ReferralCase): Promise<Returnee | null> {
    return this.section(context, c, ConsentSection.IDENTITY, () => this.repository.returnee(context).load(c.id));
  }

  contact(context: RequestContext, c: ReferralCase): Promise<ReturneeContact | null> {
    return this.section(context, c, ConsentSection.CONTACT, () => this.repository.contact(context).load(c.id));
  }

  household(context: RequestContext, c: ReferralCase): Promise<HouseholdMember[] | null> {
    return this.section(context, c, ConsentSection.HOUSEHOLD, () => this.repository.household(context).load(c.id));
  }

  needs(context: RequestContext, c: ReferralCase): Promise<CaseNeeds | null> {
    return this.section(context, c, ConsentSection.NEEDS, () => this.repository.needs(context).load(c.id));
  }

  health(context: RequestContext, c: ReferralCase): Promise<ReturneeHealth | null> {
    return this.section(context, c, ConsentSection.HEALTH, () => this.repository.health(context).load(c.id));
  }

  private async section<T>(context: RequestContext, c: ReferralCase, section: ConsentSection, load: () => Promise<T | null>): Promise<T | null> {
    if (!(await this.visibleSections(context, c)).includes(section)) return null;
    const value = await load();
    if (value !== null) auditRead(context, { entityType: 'case', entityId: c.id, subjectOrganisationId: c.organisationId }, section);
    return value;
  }

  private async reload(context: RequestContext, id: string): Promise<ReferralCase> {
    this.repository.forget(context, id);
    return this.get(context, id);
  }

  /** Edits must name the version they started from; a stale one is refused and changes nothing. */
  private async takeVersion(context: RequestContext, existing: ReferralCase, version: number): Promise<void> {
    if (!(await this.repository.takeVersion(context, existing.id, version))) {
      throw new AppError(ErrorCode.CONFLICT, 'cases.staleVersion', { details: { caseId: existing.id } });
    }
  }

  private async writeSections(context: RequestContext, caseId: string, input: SectionsInput): Promise<void> {
    const actor = requireActor(context);
    const organisationId = actor.organisationId;
    try {
      if (input.returnee) await this.repository.saveReturnee(context, caseId, organisationId, input.returnee);
      if (input.contact) await this.repository.saveContact(context, caseId, organisationId, input.contact);
      if (input.household) {
        const existing = new Set((await this.repository.household(context).load(caseId)).map((m) => m.id));
        if (input.household.some((m) => m.id && !existing.has(m.id))) throw AppError.badInput('household', 'cases.unknownHouseholdMember');
        await this.repository.replaceHousehold(context, caseId, organisationId, input.household);
      }
      if (input.needs !== undefined && input.needs !== null) await this.repository.saveNeeds(context, caseId, organisationId, input.needs);
      if (input.health) {
        if (!canWriteHealth(actor)) throw AppError.forbidden('cases.healthForbidden');
        await this.repository.saveHealth(context, caseId, organisationId, input.health);
      }
    } catch (error) {
      if (refusedByRowSecurity(error)) throw AppError.forbidden();
      throw error;
    }
  }
}

function storedSource(c: ReferralCase): CaseSourceValues {
  return {
    kind: c.sourceKind,
    contactOrganisationId: c.sourceContactId,
    outreachActivityId: c.sourceOutreachActivityId,
    staffConsultationId: c.sourceConsultationId,
  };
}

/**
 * The case list's sort: the one asked for, else by relevance when there is a search text and by
 * the last change when there is none (relevance without a text, too: nothing to rank by).
 */
export function caseListSort(text: string | null | undefined, asked: CaseSortField | undefined): CaseSortField {
  const searching = Boolean(text?.trim());
  const field = asked ?? (searching ? CaseSortField.RELEVANCE : CaseSortField.UPDATED_AT);
  return field === CaseSortField.RELEVANCE && !searching ? CaseSortField.UPDATED_AT : field;
}
