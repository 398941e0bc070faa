import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { ROLE_SETS } from '../../core/access/role-sets.js';
import { maybeOne, rows } from '../../core/database/sql.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { StaffMember } from './staff-member.model.js';

export interface StaffRow {
  id: string;
  name: string;
  name_latin: string | null;
  name_arabic: string | null;
  organisation_id: string;
}

/** A person as others see them, from a row of app_user, app_staff_names() or app_supervision_candidates(). */
export function staffMember(row: StaffRow): StaffMember {
  return Object.assign(new StaffMember(), {
    id: row.id,
    name: row.name,
    nameLatin: row.name_latin,
    nameArabic: row.name_arabic,
    organisationId: row.organisation_id,
  });
}

/**
 * Names of staff by id, through app_staff_names(): own colleagues and people of organisations
 * with an agreement in force. Anyone else resolves to null.
 */
export const staffById = (context: RequestContext) =>
  new DataLoader<string, StaffMember | null>(async (ids) => {
    const found = await rows<StaffRow>(context.db, 'SELECT id, name, name_latin, name_arabic, organisation_id FROM app_staff_names($1::uuid[])', [[...ids]]);
    const byId = new Map(found.map((row) => [row.id, staffMember(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** People as others see them (a name), and the organisation's own staff and caseworkers. */
@Injectable()
export class StaffRepository {
  byId(context: RequestContext): DataLoader<string, StaffMember | null> {
    return context.loader(staffById);
  }

  /** The active case staff (ROLE_SETS.CASE_STAFF) of an organisation, by name. */
  async caseStaff(context: RequestContext, organisationId: string): Promise<StaffMember[]> {
    const found = await rows<StaffRow>(
      context.db,
      `SELECT id, name, name_latin, name_arabic, organisation_id FROM app_user
        WHERE organisation_id = $1 AND active AND roles && $2::text[] ORDER BY lower(name), id`,
      [organisationId, ROLE_SETS.CASE_STAFF],
    );
    return found.map(staffMember);
  }

  /** Every active member of an organisation's staff, whatever their roles, by name. */
  async activeStaff(context: RequestContext, organisationId: string): Promise<StaffMember[]> {
    const found = await rows<StaffRow>(
      context.db,
      `SELECT id, name, name_latin, name_arabic, organisation_id FROM app_user
        WHERE organisation_id = $1 AND active ORDER BY lower(name), id`,
      [organisationId],
    );
    return found.map(staffMember);
  }

  /** Whether the user is one of the organisation's active case staff. */
  async isCaseStaff(context: RequestContext, userId: string, organisationId: string): Promise<boolean> {
    const found = await maybeOne<{ id: string }>(
      context.db,
      'SELECT id FROM app_user WHERE id = $1 AND organisation_id = $2 AND active AND roles && $3::text[]',
      [userId, organisationId, ROLE_SETS.CASE_STAFF],
    );
    return found !== undefined;
  }
}
