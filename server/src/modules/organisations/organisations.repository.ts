import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { oneBy } from '../../core/database/entity-rows.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Organisation } from './organisation.entity.js';

/** Organisations by id, one query per request batch; row-level security decides which exist. */
export const organisationsById = oneBy(Organisation, 'id', 'id');

export interface OrganisationNames {
  name: string;
  nameLatin: string | null;
  nameArabic: string | null;
}

export interface OrganisationPage {
  rows: Organisation[];
  totalCount: number;
}

/** The directory of organisations (RLS: organisation_directory). */
@Injectable()
export class OrganisationsRepository {
  byId(context: RequestContext): DataLoader<string, Organisation | null> {
    return context.loader(organisationsById);
  }

  /** The organisation, through `byId`, or null (also for an id that is no UUID, which would spoil the batch). */
  async find(context: RequestContext, id: string): Promise<Organisation | null> {
    return isUuid(id) ? this.byId(context).load(id) : null;
  }

  /** Row-level security (organisation_own_update) lets only a coordinator of the organisation through. */
  async setNames(context: RequestContext, id: string, names: OrganisationNames): Promise<void> {
    await context.db.getRepository(Organisation).update({ id }, names);
    this.byId(context).clear(id);
  }

  /** Sorted by name, case-insensitively; `after` is the (lower-case name, id) of the last row seen. */
  async page(context: RequestContext, limit: number, after?: readonly [name: string, id: string]): Promise<OrganisationPage> {
    const query = context.db.getRepository(Organisation).createQueryBuilder('o');
    const totalCount = await query.clone().getCount();
    if (after) query.where('(lower(o.name), o.id) > (:name, :id)', { name: after[0], id: after[1] });
    const rows = await query.orderBy('lower(o.name)').addOrderBy('o.id').limit(limit).getMany();
    return { rows, totalCount };
  }
}
