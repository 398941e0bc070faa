import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import { manyBy } from '../../core/database/entity-rows.js';
import { execute, one, rows } from '../../core/database/sql.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { StaffMember } from '../staff/staff-member.model.js';
import { staffMember, type StaffRow } from '../staff/staff.repository.js';
import type { SupervisionMode } from './supervision.enums.js';
import { NoteRevision } from './note-revision.entity.js';
import { SupervisionAction } from './supervision-action.entity.js';
import { SupervisionComment } from './supervision-comment.entity.js';
import { SupervisionSession } from './supervision-session.entity.js';

export interface Participant {
  userId: string;
  organisationId: string;
}

export interface NewSession {
  organisationId: string;
  partnerId: string;
  heldOn: string;
  mode: SupervisionMode;
  topics: string[];
  notes: string;
  createdBy: string;
}

export interface NewAction {
  description: string;
  ownerId: string;
  dueOn?: string | null;
}

/**
 * An action with `overdue` decided in SQL: open, and due before the partner's today
 * (app_is_overdue, migration 0006), like a follow-up visit.
 */
const actionColumns = `a.id, a.session_id AS "sessionId", a.description, a.owner_user_id AS "ownerUserId", a.due_on AS "dueOn",
       a.done, a.done_at AS "doneAt", a.created_at AS "createdAt",
       NOT a.done AND app_is_overdue(a.due_on, s.partner_organisation_id) AS overdue
  FROM supervision_action a JOIN supervision_session s ON s.id = a.session_id`;

/** The (due date, id) of the last due action seen. */
export type DueActionCursor = readonly [dueOn: string, id: string];

export interface DueActionPage {
  rows: SupervisionAction[];
  totalCount: number;
}

/** Every row per session id, in the order of the ids. */
function bySession<T>(ids: readonly string[], found: T[], sessionOf: (row: T) => string): T[][] {
  return ids.map((id) => found.filter((row) => sessionOf(row) === id));
}

/**
 * Supervision sessions and what belongs to them, under row-level security (app_supervision_visible
 * and app_supervision_editable, migration 0003) in the request's transaction.
 */
@Injectable()
export class SupervisionRepository {
  private readonly actions = (context: RequestContext) =>
    new DataLoader<string, SupervisionAction[]>(async (ids) =>
      bySession(ids, await this.actionsWhere(context, 'a.session_id = ANY($1) ORDER BY a.created_at, a.id', [[...ids]]), (a) => a.sessionId),
    );

  private readonly comments = manyBy(SupervisionComment, 'session_id', 'sessionId', 't.created_at, t.id');

  private readonly revisions = manyBy(NoteRevision, 'session_id', 'sessionId', 't.changed_at DESC, t.id DESC');

  private readonly participants = (context: RequestContext) =>
    new DataLoader<string, Participant[]>(async (ids) => {
      const found = await rows<{ session_id: string; user_id: string; organisation_id: string }>(
        context.db,
        'SELECT session_id, user_id, organisation_id FROM supervision_participant WHERE session_id = ANY($1)',
        [[...ids]],
      );
      return bySession(ids, found, (r) => r.session_id).map((list) => list.map((r) => ({ userId: r.user_id, organisationId: r.organisation_id })));
    });

  private readonly links = (context: RequestContext) =>
    new DataLoader<string, string[]>(async (ids) => {
      const found = await rows<{ session_id: string; case_id: string }>(
        context.db,
        'SELECT session_id, case_id FROM supervision_case_link WHERE session_id = ANY($1)',
        [[...ids]],
      );
      return bySession(ids, found, (r) => r.session_id).map((list) => list.map((r) => r.case_id));
    });

  private async actionsWhere(context: RequestContext, where: string, params: unknown[]): Promise<SupervisionAction[]> {
    const found = await rows<SupervisionAction>(context.db, `SELECT ${actionColumns} WHERE ${where}`, params);
    return found.map((row) => Object.assign(new SupervisionAction(), row));
  }

  /** Oldest first. */
  actionsBySession(context: RequestContext): DataLoader<string, SupervisionAction[]> {
    return context.loader(this.actions);
  }

  /** Oldest first. */
  commentsBySession(context: RequestContext): DataLoader<string, SupervisionComment[]> {
    return context.loader(this.comments);
  }

  /** Newest first. */
  revisionsBySession(context: RequestContext): DataLoader<string, NoteRevision[]> {
    return context.loader(this.revisions);
  }

  participantsBySession(context: RequestContext): DataLoader<string, Participant[]> {
    return context.loader(this.participants);
  }

  /** The ids of the cases linked to a session (the reader may not see them all). */
  linkedCaseIdsBySession(context: RequestContext): DataLoader<string, string[]> {
    return context.loader(this.links);
  }

  sessionById(context: RequestContext, id: string): Promise<SupervisionSession | null> {
    return context.db.getRepository(SupervisionSession).findOneBy({ id });
  }

  /** Newest first, after the cursor (held_on, id), and how many the reader sees in all. */
  async page(context: RequestContext, first: number, after?: readonly [string, string]): Promise<{ rows: SupervisionSession[]; totalCount: number }> {
    const query = context.db.getRepository(SupervisionSession).createQueryBuilder('s');
    const totalCount = await query.clone().getCount();
    if (after) {
      const [heldOn, id] = after;
      query.where('(s.held_on, s.id) < (:heldOn::date, :id::uuid)', { heldOn, id });
    }
    const found = await query.orderBy('s.held_on', 'DESC').addOrderBy('s.id', 'DESC').limit(first + 1).getMany();
    return { rows: found, totalCount };
  }

  /** The request organisation's staff and the partner's, who may take part in a session together. */
  async candidates(context: RequestContext, partnerId: string): Promise<StaffMember[]> {
    const found = await rows<StaffRow>(
      context.db,
      'SELECT id, name, name_latin, name_arabic, organisation_id FROM app_supervision_candidates($1)',
      [partnerId],
    );
    return found.map(staffMember);
  }

  async supervisionAgreementInForce(context: RequestContext, organisationId: string, partnerId: string): Promise<boolean> {
    const row = await one<{ allowed: boolean }>(context.db, `SELECT app_agreement_between($1, $2, 'SUPERVISION') AS allowed`, [organisationId, partnerId]);
    return row.allowed;
  }

  /**
   * The position of the first case (in one query for all) that the organisation has not referred
   * to the partner with access, or null when the partner may see them all. An id that is not a
   * uuid is passed as null and counts as not shared.
   */
  async firstUnsharedCase(context: RequestContext, caseIds: Array<string | null>, organisationId: string, partnerId: string): Promise<number | null> {
    const row = await one<{ unshared: number | null }>(
      context.db,
      `SELECT min(c.ord)::int - 1 AS unshared FROM unnest($1::uuid[]) WITH ORDINALITY AS c(id, ord)
        WHERE NOT EXISTS (SELECT 1 FROM referral r WHERE r.case_id = c.id AND r.organisation_id = $2 AND r.to_organisation_id = $3
                            AND app_referral_gives_access(r.case_id, r.to_organisation_id, r.agreement_id, r.status, r.expires_at, r.sections))`,
      [caseIds, organisationId, partnerId],
    );
    return row.unshared;
  }

  /** A new session with its participants (among the candidates) and linked cases; its id. */
  async insertSession(context: RequestContext, session: NewSession, participantIds: string[], caseIds: string[]): Promise<string> {
    const { id } = await one<{ id: string }>(
      context.db,
      `INSERT INTO supervision_session (organisation_id, partner_organisation_id, held_on, mode, topics, notes, created_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [session.organisationId, session.partnerId, session.heldOn, session.mode, session.topics, session.notes, session.createdBy],
    );
    await execute(
      context.db,
      `INSERT INTO supervision_participant (session_id, user_id, organisation_id)
       SELECT $1, c.id, c.organisation_id FROM app_supervision_candidates($2) c WHERE c.id = ANY($3::uuid[])`,
      [id, session.partnerId, participantIds],
    );
    if (caseIds.length > 0) {
      await execute(context.db, 'INSERT INTO supervision_case_link (session_id, case_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING', [id, caseIds]);
    }
    return id;
  }

  /**
   * Replaces the notes if the session is still at `version`, keeping the text replaced (who
   * replaced it and when) in the history; false when someone changed them meanwhile.
   */
  async replaceNotes(context: RequestContext, session: SupervisionSession, version: number, notes: string, userId: string): Promise<boolean> {
    const [, count] = (await context.db.query('UPDATE supervision_session SET notes = $3, version = version + 1 WHERE id = $1 AND version = $2', [
      session.id,
      version,
      notes,
    ])) as [unknown, number];
    if (count !== 1) return false;
    await execute(context.db, 'INSERT INTO supervision_note_revision (session_id, notes, changed_by_user_id) VALUES ($1, $2, $3)', [
      session.id,
      session.notes,
      userId,
    ]);
    return true;
  }

  async insertAction(context: RequestContext, sessionId: string, action: NewAction): Promise<void> {
    await execute(context.db, 'INSERT INTO supervision_action (session_id, description, owner_user_id, due_on) VALUES ($1, $2, $3, $4)', [
      sessionId,
      action.description,
      action.ownerId,
      action.dueOn ?? null,
    ]);
  }

  async actionById(context: RequestContext, id: string): Promise<SupervisionAction | undefined> {
    return (await this.actionsWhere(context, 'a.id = $1', [id]))[0];
  }

  async setActionDone(context: RequestContext, id: string, done: boolean): Promise<void> {
    await execute(context.db, 'UPDATE supervision_action SET done = $2, done_at = CASE WHEN $2 THEN now() END WHERE id = $1', [id, done]);
  }

  /**
   * A page of the open actions the user owns that fall due within a week of the partner's today,
   * or are overdue; soonest first (then by id). One statement: the page and the count of all of them.
   */
  async actionsDuePage(context: RequestContext, userId: string, limit: number, after?: DueActionCursor): Promise<DueActionPage> {
    const found = await rows<SupervisionAction & { total: number }>(
      context.db,
      `WITH due AS (
         SELECT ${actionColumns}
          WHERE a.owner_user_id = $1 AND NOT a.done AND a.due_on <= app_local_today(s.partner_organisation_id) + 7
       )
       SELECT (SELECT count(*) FROM due)::int AS total, page.*
         FROM (SELECT) one
         LEFT JOIN LATERAL (
           SELECT * FROM due
            WHERE $2::date IS NULL OR ("dueOn", id) > ($2::date, $3::uuid)
            ORDER BY "dueOn", id
            LIMIT $4
         ) page ON true`,
      [userId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
    return {
      totalCount: found[0]?.total ?? 0,
      rows: found.filter((row) => row.id !== null).map(({ total: _total, ...row }) => Object.assign(new SupervisionAction(), row)),
    };
  }

  /** The new comment. */
  async insertComment(context: RequestContext, sessionId: string, author: Participant, body: string): Promise<SupervisionComment> {
    const { id } = await one<{ id: string }>(
      context.db,
      'INSERT INTO supervision_comment (session_id, author_user_id, author_organisation_id, body) VALUES ($1, $2, $3, $4) RETURNING id',
      [sessionId, author.userId, author.organisationId, body],
    );
    return (await context.db.getRepository(SupervisionComment).findOneBy({ id }))!;
  }

  sessionsByIds(context: RequestContext, ids: string[]): Promise<SupervisionSession[]> {
    return context.db.getRepository(SupervisionSession).findBy({ id: In(ids) });
  }
}
