import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { auditChange } from '../../core/audit/audit.js';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { hasRole } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { AgreementScope } from '../agreements/agreement-scope.enum.js';
import { AgreementsService } from '../agreements/agreements.service.js';
import { caseLoader } from '../cases/case.loaders.js';
import type { ReferralCase } from '../cases/referral-case.entity.js';
import { NotificationKind } from '../notifications/notification.model.js';
import { notify } from '../notifications/notify.js';
import { organisationLoader } from '../organisations/organisation.loader.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { StaffMember } from '../staff/staff-member.model.js';
import { Role } from '../users/role.enum.js';
import type { AddSupervisionActionInput, CreateSupervisionSessionInput, SupervisionActionInput, UpdateSupervisionNotesInput } from './dtos.js';
import { NoteRevision, SupervisionAction, SupervisionComment, SupervisionSession } from './supervision.entities.js';

function bySession<T extends { sessionId: string }>(entity: new () => T, order: Record<string, 'ASC' | 'DESC'>) {
  return (context: RequestContext) =>
    new DataLoader<string, T[]>(async (ids) => {
      const rows = await context.db.getRepository(entity).find({ where: { sessionId: In([...ids]) } as never, order: order as never });
      return ids.map((id) => rows.filter((row) => row.sessionId === id));
    });
}
const actionsLoader = bySession(SupervisionAction, { createdAt: 'ASC', id: 'ASC' });
const commentsLoader = bySession(SupervisionComment, { createdAt: 'ASC', id: 'ASC' });
const revisionsLoader = bySession(NoteRevision, { changedAt: 'DESC', id: 'DESC' });
const participantsLoader = (context: RequestContext) =>
  new DataLoader<string, Array<{ userId: string; organisationId: string }>>(async (ids) => {
    const rows = (await context.db.query('SELECT session_id, user_id, organisation_id FROM supervision_participant WHERE session_id = ANY($1)', [
      [...ids],
    ])) as Array<{ session_id: string; user_id: string; organisation_id: string }>;
    return ids.map((id) => rows.filter((r) => r.session_id === id).map((r) => ({ userId: r.user_id, organisationId: r.organisation_id })));
  });
const linksLoader = (context: RequestContext) =>
  new DataLoader<string, string[]>(async (ids) => {
    const rows = (await context.db.query('SELECT session_id, case_id FROM supervision_case_link WHERE session_id = ANY($1)', [[...ids]])) as Array<{
      session_id: string;
      case_id: string;
    }>;
    return ids.map((id) => rows.filter((r) => r.session_id === id).map((r) => r.case_id));
  });

const notFound = (id: string) => AppError.notFound('supervision.notFound', { entityType: 'supervision_session', entityId: id });

/**
 * Supervision sessions between a supervising organisation and a partner, under a SUPERVISION
 * agreement in force. Both sides read a session; the supervising side's supervisors edit it;
 * participants comment; notes keep every earlier text. Linked cases show only to a reader who
 * may see the case.
 */
@Injectable()
export class SupervisionService {
  constructor(private readonly agreements: AgreementsService) {}

  async get(context: RequestContext, id: string): Promise<SupervisionSession> {
    context.actor;
    if (!isUuid(id)) throw notFound(id);
    const session = await context.db.getRepository(SupervisionSession).findOneBy({ id });
    if (!session) throw notFound(id);
    return session;
  }

  async list(context: RequestContext, first: number, after?: string | null): Promise<Connection<SupervisionSession>> {
    context.actor;
    checkPageSize(first);
    const query = context.db.getRepository(SupervisionSession).createQueryBuilder('s');
    const totalCount = await query.clone().getCount();
    if (after) {
      const [heldOn, id] = decodeCursor(after, ['date', 'uuid']);
      query.where('(s.held_on, s.id) < (:heldOn::date, :id::uuid)', { heldOn, id });
    }
    const rows = await query.orderBy('s.held_on', 'DESC').addOrderBy('s.id', 'DESC').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (s) => [s.heldOn, s.id]);
  }

  partners(context: RequestContext): Promise<Organisation[]> {
    return this.agreements.partners(context, AgreementScope.SUPERVISION);
  }

  async candidates(context: RequestContext, partnerId: string): Promise<StaffMember[]> {
    context.actor;
    if (!isUuid(partnerId)) return [];
    const rows = (await context.db.query('SELECT id, name, organisation_id FROM app_supervision_candidates($1)', [partnerId])) as Array<{
      id: string;
      name: string;
      organisation_id: string;
    }>;
    return rows.map((row) => Object.assign(new StaffMember(), { id: row.id, name: row.name, organisationId: row.organisation_id }));
  }

  async create(context: RequestContext, input: CreateSupervisionSessionInput): Promise<SupervisionSession> {
    const actor = context.actor;
    if (!isUuid(input.partnerId) || input.partnerId === actor.organisationId || !(await context.loader(organisationLoader).load(input.partnerId))) {
      throw AppError.badInput('partnerId', 'supervision.invalidPartner');
    }
    const [{ allowed }] = (await context.db.query(`SELECT app_agreement_between($1, $2, 'SUPERVISION') AS allowed`, [
      actor.organisationId,
      input.partnerId,
    ])) as Array<{ allowed: boolean }>;
    if (!allowed) throw new AppError(ErrorCode.AGREEMENT_MISSING, 'supervision.agreementMissing');

    const candidates = new Set((await this.candidates(context, input.partnerId)).map((c) => c.id));
    const participants = [...new Set([...input.participantIds, actor.userId])];
    if (participants.some((id) => !candidates.has(id))) throw AppError.badInput('participantIds', 'supervision.notACandidate');
    this.checkActions(input.actions, candidates, 'actions');
    // One query for all linked cases: the first that the partner cannot see is named.
    const [{ unshared }] = (await context.db.query(
      `SELECT min(c.ord)::int - 1 AS unshared FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, ord)
        WHERE NOT EXISTS (SELECT 1 FROM referral r WHERE r.case_id = c.id AND r.organisation_id = $2 AND r.to_organisation_id = $3
                            AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections))`,
      [input.caseIds.map((caseId) => (isUuid(caseId) ? caseId : null)), actor.organisationId, input.partnerId],
    )) as Array<{ unshared: number | null }>;
    if (unshared !== null) throw AppError.badInput(`caseIds.${unshared}`, 'supervision.caseNotShared');
    const topics = [...new Set(input.topics.map((t) => t.trim()).filter(Boolean))];
    if (topics.some((t) => t.length > 200)) throw AppError.badInput('topics', 'validation.tooLong', { limit: 200 });

    const [{ id }] = (await context.db.query(
      `INSERT INTO supervision_session (organisation_id, partner_organisation_id, held_on, mode, topics, notes, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [actor.organisationId, input.partnerId, input.heldOn, input.mode, topics, input.notes, actor.userId],
    )) as Array<{ id: string }>;
    await context.db.query(
      `INSERT INTO supervision_participant (session_id, user_id, organisation_id)
       SELECT $1, c.id, c.organisation_id FROM app_supervision_candidates($2) c WHERE c.id = ANY($3::uuid[])`,
      [id, input.partnerId, participants],
    );
    if (input.caseIds.length > 0) {
      await context.db.query('INSERT INTO supervision_case_link (session_id, case_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING', [
        id,
        [...new Set(input.caseIds)],
      ]);
    }
    for (const action of input.actions) await this.insertAction(context, id, action);
    const organisation = await context.loader(organisationLoader).load(actor.organisationId);
    await notify(context, NotificationKind.SUPERVISION_SESSION, {
      users: participants,
      params: { organisation: organisation?.name ?? '', date: input.heldOn },
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
    const actor = context.actor;
    const session = await this.get(context, input.sessionId);
    if (!this.canEdit(context, session)) throw AppError.forbidden('supervision.supervisorsOnly');
    if (session.notes === input.notes) return session;
    const [, count] = (await context.db.query('UPDATE supervision_session SET notes = $3, version = version + 1 WHERE id = $1 AND version = $2', [
      session.id,
      input.version,
      input.notes,
    ])) as [unknown, number];
    if (count !== 1) throw AppError.conflict('supervision.notesChanged');
    // The history keeps the text that was replaced, who replaced it and when.
    await context.db.query('INSERT INTO supervision_note_revision (session_id, notes, changed_by_user_id) VALUES ($1, $2, $3)', [
      session.id,
      session.notes,
      actor.userId,
    ]);
    await auditChange(context, { action: 'supervision.notes', entityType: 'supervision_session', entityId: session.id, details: { version: input.version + 1 } });
    context.loader(revisionsLoader).clear(session.id);
    return this.get(context, session.id);
  }

  async addAction(context: RequestContext, input: AddSupervisionActionInput): Promise<SupervisionSession> {
    const session = await this.get(context, input.sessionId);
    if (!this.canEdit(context, session)) throw AppError.forbidden('supervision.supervisorsOnly');
    const candidates = new Set((await this.candidates(context, session.partnerOrganisationId)).map((c) => c.id));
    this.checkActions([input], candidates, 'input');
    await this.insertAction(context, session.id, input);
    await auditChange(context, { action: 'supervision.action', entityType: 'supervision_session', entityId: session.id });
    context.loader(actionsLoader).clear(session.id);
    return session;
  }

  async setActionDone(context: RequestContext, id: string, done: boolean): Promise<SupervisionAction> {
    const actor = context.actor;
    const action = isUuid(id) ? await context.db.getRepository(SupervisionAction).findOneBy({ id }) : null;
    if (!action) throw AppError.notFound('codes.NOT_FOUND', { entityType: 'supervision_action', entityId: id });
    const session = await this.get(context, action.sessionId);
    if (action.ownerUserId !== actor.userId && !this.canEdit(context, session)) throw AppError.forbidden('supervision.ownerOrSupervisor');
    await context.db.query('UPDATE supervision_action SET done = $2, done_at = CASE WHEN $2 THEN now() END WHERE id = $1', [action.id, done]);
    await auditChange(context, { action: 'supervision.action_done', entityType: 'supervision_session', entityId: session.id, details: { action: action.id, done } });
    const updated = await context.db.getRepository(SupervisionAction).findOneBy({ id: action.id });
    return updated!;
  }

  async addComment(context: RequestContext, sessionId: string, body: string): Promise<SupervisionComment> {
    const actor = context.actor;
    const session = await this.get(context, sessionId);
    if (!(await this.canComment(context, session))) throw AppError.forbidden('supervision.participantsOnly');
    const [{ id }] = (await context.db.query(
      'INSERT INTO supervision_comment (session_id, author_user_id, author_organisation_id, body) VALUES ($1, $2, $3, $4) RETURNING id',
      [session.id, actor.userId, actor.organisationId, body],
    )) as Array<{ id: string }>;
    await auditChange(context, { action: 'supervision.comment', entityType: 'supervision_session', entityId: session.id });
    return (await context.db.getRepository(SupervisionComment).findOneBy({ id }))!;
  }

  canEdit(context: RequestContext, session: SupervisionSession): boolean {
    const actor = context.actor;
    return session.organisationId === actor.organisationId && hasRole(actor, Role.SUPERVISOR);
  }

  async canComment(context: RequestContext, session: SupervisionSession): Promise<boolean> {
    if (this.canEdit(context, session)) return true;
    return (await context.loader(participantsLoader).load(session.id)).some((p) => p.userId === context.actor.userId);
  }

  participants(context: RequestContext, session: SupervisionSession) {
    return context.loader(participantsLoader).load(session.id);
  }

  actions(context: RequestContext, session: SupervisionSession) {
    return context.loader(actionsLoader).load(session.id);
  }

  comments(context: RequestContext, session: SupervisionSession) {
    return context.loader(commentsLoader).load(session.id);
  }

  history(context: RequestContext, session: SupervisionSession) {
    return context.loader(revisionsLoader).load(session.id);
  }

  /** Only the linked cases this reader may see: the case loader reads under RLS. */
  async linkedCases(context: RequestContext, session: SupervisionSession): Promise<ReferralCase[]> {
    const ids = await context.loader(linksLoader).load(session.id);
    const cases = await context.loader(caseLoader).loadMany(ids);
    return cases.filter((c): c is ReferralCase => Boolean(c) && !(c instanceof Error));
  }

  private checkActions(actions: SupervisionActionInput[], candidates: Set<string>, field: string): void {
    actions.forEach((action, index) => {
      if (!candidates.has(action.ownerId)) throw AppError.badInput(field === 'input' ? 'ownerId' : `${field}.${index}.ownerId`, 'supervision.notACandidate');
    });
  }

  private async insertAction(context: RequestContext, sessionId: string, action: SupervisionActionInput): Promise<void> {
    await context.db.query('INSERT INTO supervision_action (session_id, description, owner_user_id, due_on) VALUES ($1, $2, $3, $4)', [
      sessionId,
      action.description,
      action.ownerId,
      action.dueOn ?? null,
    ]);
  }
}
