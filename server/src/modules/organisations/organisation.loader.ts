import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Organisation } from './organisation.entity.js';

/** Organisations by id, one query per request batch; RLS decides which exist. */
export function organisationLoader(context: RequestContext): DataLoader<string, Organisation | null> {
  return new DataLoader(async (ids) => {
    const rows = await context.db.getRepository(Organisation).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
