import { Injectable } from '@nestjs/common';
import { auditChange } from '../../core/audit/audit.js';
import { AppError, ErrorCode, orNotFound } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { ContactsRepository } from '../contacts/contacts.repository.js';
import type { HeldBetweenFilter } from './dtos/held-between.input.js';
import { outreachStaff } from './outreach.policy.js';
import { OutreachRepository, type OutreachListFilterOf, type OutreachRecordOf, type OutreachTable } from './outreach.repository.js';

/** How one kind of outreach record is stored, audited and reported missing. */
export interface OutreachRecordKind<Table extends OutreachTable> {
  table: Table;
  /** The prefix of its audit actions (`outreach.delete`, `consultation.delete`). */
  action: 'outreach' | 'consultation';
  notFoundKey: string;
  /** The filter that names a directory entry: an id that is no UUID finds nothing. */
  entryFilter: keyof OutreachListFilterOf<Table>;
}

/** A list filter as the GraphQL filter gives it, but for its period (HeldBetweenFilter). */
export type OwnListFilter<Table extends OutreachTable> = Omit<OutreachListFilterOf<Table>, 'from' | 'to'>;

/**
 * What the services of outreach activities and staff consultations do alike: read one, delete one
 * (unless a case names it as its source), mark its follow-up done, each audited. Both are the
 * organisation's own only (outreach.policy.ts; the table policies say the same).
 */
@Injectable()
export abstract class OutreachRecordService<Table extends OutreachTable> {
  protected abstract readonly kind: OutreachRecordKind<Table>;

  constructor(
    protected readonly repository: OutreachRepository,
    protected readonly contacts: ContactsRepository,
  ) {}

  /**
   * A page of the records, newest first (by the day held, then id). The filter is read after the
   * access check, as reading it may refuse a value.
   */
  protected async newestFirst(
    context: RequestContext,
    period: HeldBetweenFilter | null | undefined,
    first: number,
    after: string | null | undefined,
    ownFilter: () => OwnListFilter<Table>,
  ): Promise<Connection<OutreachRecordOf<Table>>> {
    outreachStaff(context);
    checkPageSize(first);
    const cursor = after ? decodeCursor(after, ['date', 'uuid']) : undefined;
    const filter = { ...ownFilter(), from: period?.from ?? null, to: period?.to ?? null } as OutreachListFilterOf<Table>;
    const entry = filter[this.kind.entryFilter] as string | null;
    if (entry !== null && !isUuid(entry)) return toConnection([], first, 0, () => []);
    const found = await this.repository.recordPage(context, this.kind.table, filter, first, cursor);
    return toConnection(found, first, () => this.repository.recordCount(context, this.kind.table, filter), (record) => [record.heldOn, record.id]);
  }

  async get(context: RequestContext, id: string): Promise<OutreachRecordOf<Table>> {
    outreachStaff(context);
    const found = isUuid(id) ? await this.repository.recordById(context, this.kind.table).load(id) : null;
    return orNotFound(found, () => AppError.notFound(this.kind.notFoundKey, { entityType: this.kind.table, entityId: id }));
  }

  async remove(context: RequestContext, id: string): Promise<string> {
    outreachStaff(context);
    const existing = await this.get(context, id);
    if (await this.repository.namedAsCaseSource(context, this.kind.table, existing.id)) throw AppError.conflict('outreach.caseSource');
    await this.repository.deleteRecord(context, this.kind.table, existing.id);
    await auditChange(context, { action: `${this.kind.action}.delete`, entityType: this.kind.table, entityId: existing.id });
    return existing.id;
  }

  async completeFollowUp(context: RequestContext, id: string): Promise<OutreachRecordOf<Table>> {
    outreachStaff(context);
    const existing = await this.get(context, id);
    if (!(await this.repository.completeFollowUp(context, this.kind.table, existing.id))) throw new AppError(ErrorCode.INVALID_TRANSITION, 'outreach.noOpenFollowUp');
    await auditChange(context, { action: `${this.kind.action}.follow_up_done`, entityType: this.kind.table, entityId: existing.id });
    return this.reload(context, existing.id);
  }

  protected async reload(context: RequestContext, id: string): Promise<OutreachRecordOf<Table>> {
    this.repository.forgetRecord(context, this.kind.table, id);
    return this.get(context, id);
  }
}
