import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { StaffMember } from './staff-member.model.js';

/**
 * Names of staff by id, through app_staff_names(): own colleagues and people of organisations
 * with an agreement in force. Anyone else resolves to null.
 */
export function staffLoader(context: RequestContext): DataLoader<string, StaffMember | null> {
  return new DataLoader(async (ids) => {
    const rows = (await context.db.query('SELECT id, name, organisation_id FROM app_staff_names($1::uuid[])', [[...ids]])) as Array<{
      id: string;
      name: string;
      organisation_id: string;
    }>;
    const byId = new Map(rows.map((row) => [row.id, Object.assign(new StaffMember(), { id: row.id, name: row.name, organisationId: row.organisation_id })]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}
