import { Injectable } from '@nestjs/common';
import { auditChange } from '../../core/audit/audit.js';
import { AppError } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { UpdateOrganisationNamesInput } from './dtos/update-organisation-names.input.js';
import { Organisation } from './organisation.entity.js';
import { canRenameOrganisation } from './organisations.policy.js';
import { OrganisationsRepository } from './organisations.repository.js';

/** The directory of organisations: readable by every signed-in user (RLS: organisation_directory). */
@Injectable()
export class OrganisationsService {
  constructor(private readonly repository: OrganisationsRepository) {}

  async get(context: RequestContext, id?: string | null): Promise<Organisation> {
    const actor = requireActor(context);
    return this.require(context, id ?? actor.organisationId);
  }

  async list(context: RequestContext, first: number, after?: string | null): Promise<Connection<Organisation>> {
    requireActor(context);
    checkPageSize(first);
    const { rows, totalCount } = await this.repository.page(context, first + 1, after ? decodeCursor(after, ['text', 'uuid']) : undefined);
    return toConnection(rows, first, totalCount, (o) => [o.name.toLowerCase(), o.id]);
  }

  /** The caller's own organisation's name as written and in the other script (coordinators). */
  async updateNames(context: RequestContext, input: UpdateOrganisationNamesInput): Promise<Organisation> {
    const actor = requireActor(context);
    const own = await this.require(context, actor.organisationId);
    if (!canRenameOrganisation(actor, own)) throw AppError.forbidden();
    const next = { name: input.name, nameLatin: input.nameLatin ?? null, nameArabic: input.nameArabic ?? null };
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== own[key]);
    if (changed.length > 0) {
      await this.repository.setNames(context, own.id, next);
      await auditChange(context, { action: 'organisation.update_names', entityType: 'organisation', entityId: own.id, details: { ...next } });
    }
    return this.require(context, own.id);
  }

  /** An organisation another record points to (a party, a sender, an owner); NOT_FOUND when the viewer may not see it. */
  async require(context: RequestContext, id: string): Promise<Organisation> {
    const found = await this.find(context, id);
    if (!found) throw AppError.notFound();
    return found;
  }

  /** The same, or null: for fields that may be empty (and for an id that is no UUID). */
  async find(context: RequestContext, id: string | null): Promise<Organisation | null> {
    return id ? this.repository.find(context, id) : null;
  }

  /** Several at once; the ones the viewer may not see are left out. */
  async findMany(context: RequestContext, ids: readonly string[]): Promise<Organisation[]> {
    const found = await this.repository.byId(context).loadMany(ids);
    return found.filter((o): o is Organisation => o instanceof Organisation);
  }
}
