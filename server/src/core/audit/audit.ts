import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { AccessAuditEntry, RequestContext } from '../tenancy/request-context.js';

export type AuditEntry = AccessAuditEntry;

/**
 * An entity id as the trail can always store it (`entity_id` is text of at most 100 characters,
 * and PostgreSQL takes no NUL): a plain id — a UUID, a number — as it is; anything else, such as
 * what a refused request asked for, as its first characters with everything outside printable
 * ASCII escaped (`\u202e`), and a hash of the whole so that equal requests still match.
 */
export function auditableEntityId(id: string | null | undefined): string | null {
  if (id === null || id === undefined) return null;
  if (/^[0-9A-Za-z_.:-]{1,64}$/.test(id)) return id;
  const escaped = id.slice(0, 200).replace(/[^\x20-\x5b\x5d-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const digest = createHash('sha256').update(id, 'utf16le').digest('hex').slice(0, 16);
  return `${escaped.slice(0, 48)}…#${digest}`;
}

/** JSON as jsonb takes it: strings without NUL or lone surrogates (each becomes U+FFFD). */
function jsonbSafe(json: unknown): string {
  return JSON.stringify(json, (_key, value: unknown) =>
    typeof value === 'string' ? value.replace(/\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd') : value,
  );
}

const columns = 'organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, request_id, details';

/**
 * A change: written in the request's own transaction, so it exists exactly when the change does.
 */
export async function auditChange(context: RequestContext, entry: AuditEntry): Promise<void> {
  const actor = context.actor;
  await context.db.query(`INSERT INTO audit_event (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`, [
    actor.organisationId,
    entry.subjectOrganisationId ?? actor.organisationId,
    actor.userId,
    entry.action,
    entry.entityType,
    auditableEntityId(entry.entityId),
    context.requestId,
    jsonbSafe(entry.details ?? {}),
  ]);
}

interface Read {
  entityType: string;
  entityId: string;
  subjectOrganisationId: string;
  sections: Set<string>;
}
const reads = new WeakMap<RequestContext, Map<string, Read>>();

/**
 * A look at personal data. What a request read is recorded once, when it is over: one event per
 * entity type and owning organisation, naming every entity read with its sections (see
 * `readEvents`).
 */
export function auditRead(
  context: RequestContext,
  subject: { entityType: string; entityId: string; subjectOrganisationId: string },
  section: string,
): void {
  let byEntity = reads.get(context);
  if (!byEntity) {
    byEntity = new Map();
    reads.set(context, byEntity);
  }
  const key = `${subject.entityType}:${subject.entityId}`;
  const read = byEntity.get(key) ?? { ...subject, sections: new Set<string>() };
  read.sections.add(section);
  byEntity.set(key, read);
}

/**
 * The events for a request's reads. One entity read: an event naming it (entity_id, details.sections),
 * as a case page makes. Several of the same type and owner (a list): one event with entity_id NULL
 * and details.read = { id: sections } — one row, however long the page (migration 0008; a case's
 * trail finds it through the index audit_event_reads, and the database checks every id named).
 */
function readEvents(found: Iterable<Read>): AuditEntry[] {
  const groups = new Map<string, Read[]>();
  for (const read of found) {
    const key = `${read.entityType}:${read.subjectOrganisationId}`;
    const group = groups.get(key);
    if (group) group.push(read);
    else groups.set(key, [read]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [Read, ...Read[]];
    const base = { action: `${first.entityType}.read`, entityType: first.entityType, subjectOrganisationId: first.subjectOrganisationId };
    if (group.length === 1) return { ...base, entityId: first.entityId, details: { sections: [...first.sections].sort() } };
    const read = Object.fromEntries(group.map((r) => [r.entityId, [...r.sections].sort()]));
    return { ...base, entityId: null, details: { read } };
  });
}

/** A refusal, or another access to record: queued, and written when the request's transaction is over. */
export function auditAccess(context: RequestContext, entry: AuditEntry): void {
  context.accessAudit.push(entry);
}

/** The queued reads and refusals of the request as audit_event rows; the queue is emptied. */
function takeAccessAudit(context: RequestContext): Array<Record<string, unknown>> {
  const entries = [...context.accessAudit.splice(0), ...readEvents(reads.get(context)?.values() ?? [])];
  reads.delete(context);
  const actor = context.optionalActor;
  return entries.map((entry) => ({
    organisation_id: actor?.organisationId ?? null,
    // Unknown (NULL), as for a refusal: the event stays the actor's own organisation's, and the
    // entity's owner, if another, gets a notice the actor cannot read (migration 0004).
    subject_organisation_id: entry.subjectOrganisationId ?? null,
    actor_user_id: actor?.userId ?? null,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: auditableEntityId(entry.entityId),
    request_id: context.requestId,
    details: entry.details ?? {},
  }));
}

/** One statement, however many events. */
const insertEvents = `INSERT INTO audit_event (${columns})
  SELECT organisation_id, subject_organisation_id, actor_user_id, action, entity_type, entity_id, request_id, details
    FROM jsonb_to_recordset($1::jsonb) AS e(organisation_id uuid, subject_organisation_id uuid, actor_user_id uuid,
         action text, entity_type text, entity_id text, request_id text, details jsonb)`;

/**
 * A request about to commit writes its reads in its own transaction, with the rest of it: one
 * statement, no second connection. They exist exactly when the answer does (a failed commit
 * replaces the answer with an error).
 */
export async function writeAccessAuditInRequest(context: RequestContext): Promise<void> {
  const rows = takeAccessAudit(context);
  if (rows.length > 0) await context.db.query(insertEvents, [jsonbSafe(rows)]);
}

/**
 * Writes what is still queued — a request that failed and rolled back, its refusals, the reads of
 * whatever reached the caller anyway — in a short transaction of its own, as the actor (RLS
 * checks the organisation), before the response leaves: a read that reached the caller is
 * always on record, even when the rest of the request failed and rolled back.
 */
export async function flushAccessAudit(dataSource: DataSource, context: RequestContext): Promise<void> {
  const rows = takeAccessAudit(context);
  if (rows.length === 0) return;
  const actor = context.optionalActor;
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    await runner.query(`SELECT set_config('app.user_id', $1, true), set_config('app.organisation_id', $2, true)`, [
      actor?.userId ?? '',
      actor?.organisationId ?? '',
    ]);
    await runner.query(insertEvents, [jsonbSafe(rows)]);
    await runner.commitTransaction();
  } catch (error) {
    if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }
}
