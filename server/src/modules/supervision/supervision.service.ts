import { Injectable } from '@nestjs/common';
import { auditChange } from '../../core/audit/audit.js';
import { AppError, ErrorCode, orNotFound } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { AgreementScope } from '../agreements/agreements.enums.js';
import { AgreementsService } from '../agreements/agreements.service.js';
import { caseById } from '../cases/cases.repository.js';
import type { ReferralCase } from '../cases/referral-case.entity.js';
import { NotificationKind } from '../notifications/notifications.enums.js';
import { nameParam } from '../notifications/notification-params.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { organisationsById } from '../organisations/organisations.repository.js';
import type { StaffMember } from '../staff/staff-member.model.js';
import type { AddSupervisionActionInput } from './dtos/add-supervision-action.input.js';
import type { CreateSupervisionSessionInput } from './dtos/create-supervision-session.input.js';
import type { SupervisionActionInput } from './dtos/supervision-action.input.js';
import type { UpdateSupervisionNotesInput } from './dtos/update-supervision-notes.input.js';
import type { NoteRevision } from './note-revision.entity.js';
import { canCommentOnSupervision, canEditSupervision, canRecordSupervision, canSetSupervisionActionDone } from './supervision.policy.js';
import { type Participant, SupervisionRepository } from './supervision.repository.js';
import type { SupervisionAction } from './supervision-action.entity.js';
import type { SupervisionComment } from './supervision-comment.entity.js';
import type { SupervisionSession } from './supervision-session.entity.js';

const notFound = (id: string) => AppError.notFound('supervision.notFound', { entityType: 'supervision_session', entityId: id });

/** An open action and its session (the worklist). */
export interface SupervisionActionDue {
  action: SupervisionAction;
  session: SupervisionSession;
}

/**
 * Supervision sessions between a supervising organisation and a partner, under a SUPERVISION
 * agreement in force. Both sides read a session; the supervising side's supervisors edit it;
 * participants comment; notes keep every earlier text. Linked cases show only to a reader who
 * may see the case. Who may do what: supervision.policy.ts.
 */
@Injectable()
export class SupervisionService {
  constructor(
    private readonly agreements: AgreementsService,
    private readonly repository: SupervisionRepository,
    private readonly notifications: NotificationsService,
  ) {}

  async get(context: RequestContext, id: string): Promise<SupervisionSession> {
    requireActor(context);
    return orNotFound(isUuid(id) ? await this.repository.sessionById(context, id) : null, () => notFound(id));
  }

  async list(context: RequestContext, first: number, after?: string | null): Promise<Connection<SupervisionSession>> {
    requireActor(context);
    checkPageSize(first);
    const cursor = after ? decodeCursor(after, ['date', 'uuid']) : undefined;
    const { rows, totalCount } = await this.repository.page(context, first, cursor);
    return toConnection(rows, first, totalCount, (s) => [s.heldOn, s.id]);
  }

  partners(context: RequestContext): Promise<Organisation[]> {
    return this.agreements.partners(context, AgreementScope.SUPERVISION);
  }

  async candidates(context: RequestContext, partnerId: string): Promise<StaffMember[]> {
    requireActor(context);
    if (!isUuid(partnerId)) return [];
    return this.repository.candidates(context, partnerId);
  }

  async create(context: RequestContext, input: CreateSupervisionSessionInput): Promise<SupervisionSession> {
    const actor = requireActor(context);
    if (!canRecordSupervision(actor)) throw AppError.forbidden('supervision.supervisorsOnly');
    if (!isUuid(input.partnerId) || input.partnerId === actor.organisationId || !(await context.loader(organisationsById).load(input.partnerId))) {
      throw AppError.badInput('partnerId', 'supervision.invalidPartner');
    }
    if (!(await this.repository.supervisionAgreementInForce(context, actor.organisationId, input.partnerId))) {
      throw new AppError(ErrorCode.AGREEMENT_MISSING, 'supervision.agreementMissing');
    }

    const candidates = await this.candidateIds(context, input.partnerId);
    const participants = [...new Set([...input.participantIds, actor.userId])];
    if (participants.some((id) => !candidates.has(id))) throw AppError.badInput('participantIds', 'supervision.notACandidate');
    this.checkActions(input.actions, candidates, 'actions');
    const caseIds = input.caseIds.map((caseId) => (isUuid(caseId) ? caseId : null));
    const unshared = await this.repository.firstUnsharedCase(context, caseIds, actor.organisationId, input.partnerId);
    if (unshared !== null) throw AppError.badInput(`caseIds.${unshared}`, 'supervision.caseNotShared');
    const topics = [...new Set(input.topics.map((t) => t.trim()).filter(Boolean))];
    if (topics.some((t) => t.length > 200)) throw AppError.badInput('topics', 'validation.tooLong', { limit: 200 });

    const id = await this.repository.insertSession(
      context,
      { organisationId: actor.organisationId, partnerId: input.partnerId, heldOn: input.heldOn, mode: input.mode, topics, notes: input.notes, createdBy: actor.userId },
      participants,
      [...new Set(input.caseIds)],
    );
    for (const action of input.actions) await this.repository.insertAction(context, id, action);
    const organisation = await context.loader(organisationsById).load(actor.organisationId);
    await this.notifications.notify(context, NotificationKind.SUPERVISION_SESSION, {
      users: participants,
      params: { organisation: nameParam(organisation), date: input.heldOn },
      sessionId: id,
    });
    await auditChange(context, {
      action: 'supervision.create',
      entityType: 'supervision_session',
      entityId: id,
      details: { partner: input.partnerId, participants: participants.length, cases: input.caseIds.length },
    });
    return this.get(context, id);
  }

  async updateNotes(context: RequestContext, input: UpdateSupervisionNotesInput): Promise<SupervisionSession> {
    const actor = requireActor(context);
    const session = await this.editable(context, input.sessionId);
    if (session.notes === input.notes) return session;
    if (!(await this.repository.replaceNotes(context, session, input.version, input.notes, actor.userId))) throw AppError.conflict('supervision.notesChanged');
    await auditChange(context, { action: 'supervision.notes', entityType: 'supervision_session', entityId: session.id, details: { version: input.version + 1 } });
    this.repository.revisionsBySession(context).clear(session.id);
    return this.get(context, session.id);
  }

  async addAction(context: RequestContext, input: AddSupervisionActionInput): Promise<SupervisionSession> {
    const session = await this.editable(context, input.sessionId);
    this.checkActions([input], await this.candidateIds(context, session.partnerOrganisationId), 'input');
    await this.repository.insertAction(context, session.id, input);
    await auditChange(context, { action: 'supervision.action', entityType: 'supervision_session', entityId: session.id });
    this.repository.actionsBySession(context).clear(session.id);
    return session;
  }

  async setActionDone(context: RequestContext, id: string, done: boolean): Promise<SupervisionAction> {
    const actor = requireActor(context);
    const action = isUuid(id) ? await this.repository.actionById(context, id) : undefined;
    if (!action) throw AppError.notFound('codes.NOT_FOUND', { entityType: 'supervision_action', entityId: id });
    const session = await this.get(context, action.sessionId);
    if (!canSetSupervisionActionDone(actor, session, action)) throw AppError.forbidden('supervision.ownerOrSupervisor');
    await this.repository.setActionDone(context, action.id, done);
    await auditChange(context, { action: 'supervision.action_done', entityType: 'supervision_session', entityId: session.id, details: { action: action.id, done } });
    return (await this.repository.actionById(context, action.id))!;
  }

  async addComment(context: RequestContext, sessionId: string, body: string): Promise<SupervisionComment> {
    const actor = requireActor(context);
    const session = await this.get(context, sessionId);
    if (!(await this.canComment(context, session))) throw AppError.forbidden('supervision.participantsOnly');
    const comment = await this.repository.insertComment(context, session.id, { userId: actor.userId, organisationId: actor.organisationId }, body);
    await auditChange(context, { action: 'supervision.comment', entityType: 'supervision_session', entityId: session.id });
    return comment;
  }

  /** The viewerCanEdit field and every edit. */
  canEdit(context: RequestContext, session: SupervisionSession): boolean {
    return canEditSupervision(requireActor(context), session);
  }

  /** The viewerCanComment field and addComment. */
  async canComment(context: RequestContext, session: SupervisionSession): Promise<boolean> {
    const actor = requireActor(context);
    // Editors comment anyway: no need to read the participants for them.
    if (canEditSupervision(actor, session)) return true;
    const participants = await this.participants(context, session);
    return canCommentOnSupervision(actor, session, participants.map((p) => p.userId));
  }

  participants(context: RequestContext, session: SupervisionSession): Promise<Participant[]> {
    return this.repository.participantsBySession(context).load(session.id);
  }

  actions(context: RequestContext, session: SupervisionSession): Promise<SupervisionAction[]> {
    return this.repository.actionsBySession(context).load(session.id);
  }

  comments(context: RequestContext, session: SupervisionSession): Promise<SupervisionComment[]> {
    return this.repository.commentsBySession(context).load(session.id);
  }

  history(context: RequestContext, session: SupervisionSession): Promise<NoteRevision[]> {
    return this.repository.revisionsBySession(context).load(session.id);
  }

  /** Only the linked cases this reader may see: the case loader reads under RLS. */
  async linkedCases(context: RequestContext, session: SupervisionSession): Promise<ReferralCase[]> {
    const ids = await this.repository.linkedCaseIdsBySession(context).load(session.id);
    const cases = await context.loader(caseById).loadMany(ids);
    return cases.filter((c): c is ReferralCase => Boolean(c) && !(c instanceof Error));
  }

  /** The linked cases withheld from this reader: the session names them, the reader may not see them. */
  async linkedCasesHidden(context: RequestContext, session: SupervisionSession): Promise<number> {
    const [ids, visible] = await Promise.all([this.repository.linkedCaseIdsBySession(context).load(session.id), this.linkedCases(context, session)]);
    return ids.length - visible.length;
  }

  /** A page of the viewer's open actions due within a week or overdue, with their sessions (the worklist). */
  async actionsDue(context: RequestContext, first: number, after?: string | null): Promise<Connection<SupervisionActionDue>> {
    const actor = requireActor(context);
    checkPageSize(first);
    const cursor = after ? decodeCursor(after, ['date', 'uuid']) : undefined;
    const page = await this.repository.actionsDuePage(context, actor.userId, first + 1, cursor);
    const sessions = page.rows.length ? await this.repository.sessionsByIds(context, [...new Set(page.rows.map((a) => a.sessionId))]) : [];
    // The session is visible whenever its action is (the same policy): an action without one is not listed.
    const items = page.rows
      .map((action) => ({ action, session: sessions.find((s) => s.id === action.sessionId)! }))
      .filter((item) => item.session);
    return toConnection(items, first, page.totalCount, (item) => [item.action.dueOn!, item.action.id]);
  }

  /** The session, for someone who may edit it; else a clear refusal. */
  private async editable(context: RequestContext, sessionId: string): Promise<SupervisionSession> {
    const session = await this.get(context, sessionId);
    if (!this.canEdit(context, session)) throw AppError.forbidden('supervision.supervisorsOnly');
    return session;
  }

  private async candidateIds(context: RequestContext, partnerId: string): Promise<Set<string>> {
    return new Set((await this.candidates(context, partnerId)).map((c) => c.id));
  }

  private checkActions(actions: SupervisionActionInput[], candidates: Set<string>, field: string): void {
    actions.forEach((action, index) => {
      if (!candidates.has(action.ownerId)) throw AppError.badInput(field === 'input' ? 'ownerId' : `${field}.${index}.ownerId`, 'supervision.notACandidate');
    });
  }
}
