import { Injectable } from '@nestjs/common';
import { AppError } from '../../core/errors/app-error.js';
import { checkPageSize, decodeCursor, toConnection, type Connection } from '../../core/graphql/pagination.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Organisation } from './organisation.entity.js';
import { organisationLoader } from './organisation.loader.js';

/** The directory of organisations: readable by every signed-in user (RLS: organisation_directory). */
@Injectable()
export class OrganisationsService {
  async get(context: RequestContext, id?: string | null): Promise<Organisation> {
    const actor = context.actor;
    const wanted = id ?? actor.organisationId;
    if (!isUuid(wanted)) throw AppError.notFound();
    const organisation = await context.loader(organisationLoader).load(wanted);
    if (!organisation) throw AppError.notFound();
    return organisation;
  }

  async list(context: RequestContext, first: number, after?: string | null): Promise<Connection<Organisation>> {
    context.actor;
    checkPageSize(first);
    const query = context.db.getRepository(Organisation).createQueryBuilder('o');
    const totalCount = await query.clone().getCount();
    if (after) {
      const [name, id] = decodeCursor(after, ['text', 'uuid']);
      query.where('(lower(o.name), o.id) > (:name, :id)', { name, id });
    }
    const rows = await query.orderBy('lower(o.name)').addOrderBy('o.id').limit(first + 1).getMany();
    return toConnection(rows, first, totalCount, (o) => [o.name.toLowerCase(), o.id]);
  }
}
