import { auditChange } from '../../core/audit/audit.js';
import { AppError, ErrorCode, orNotFound } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { outreachStaff } from './outreach.policy.js';
import type { OutreachRecordOf, OutreachRepository, OutreachTable } from './outreach.repository.js';

/** How one kind of outreach record is stored, audited and reported missing. */
export interface OutreachRecordKind<Table extends OutreachTable> {
  table: Table;
  /** The prefix of its audit actions (`outreach.delete`, `consultation.delete`). */
  action: 'outreach' | 'consultation';
  notFoundKey: string;
}

/**
 * What the services of outreach activities and staff consultations do alike: read one, delete one
 * (unless a case names it as its source), mark its follow-up done, each audited. Both are the
 * organisation's own only (outreach.policy.ts; the table policies say the same).
 */
export abstract class OutreachRecordService<Table extends OutreachTable> {
  protected constructor(
    protected readonly repository: OutreachRepository,
    private readonly kind: OutreachRecordKind<Table>,
  ) {}

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
