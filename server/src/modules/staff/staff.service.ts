import { Injectable } from '@nestjs/common';
import { AppError } from '../../core/errors/app-error.js';
import { isUuid } from '../../core/graphql/uuid.js';
import { requireActor } from '../../core/tenancy/actor.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import type { StaffMember } from './staff-member.model.js';
import { canListColleagues } from './staff.policy.js';
import { StaffRepository } from './staff.repository.js';

/** Staff as other records name them (who sent, recorded, changed), and who may be responsible for a case. */
@Injectable()
export class StaffService {
  constructor(private readonly repository: StaffRepository) {}

  /** A person a record points to; NOT_FOUND when the viewer may not see their name. */
  async require(context: RequestContext, id: string): Promise<StaffMember> {
    const found = await this.find(context, id);
    if (!found) throw AppError.notFound();
    return found;
  }

  /** The same, or null: for fields that may be empty. */
  async find(context: RequestContext, id: string | null): Promise<StaffMember | null> {
    return id ? this.repository.byId(context).load(id) : null;
  }

  /** The people of the viewer's organisation who can be responsible for a case. */
  caseworkers(context: RequestContext): Promise<StaffMember[]> {
    return this.repository.caseStaff(context, requireActor(context).organisationId);
  }

  /**
   * The viewer's own organisation's active staff, whoever may hold an activity or own a follow-up
   * (supervisors and coordinators too); never another organisation's people.
   */
  colleagues(context: RequestContext): Promise<StaffMember[]> {
    const actor = requireActor(context);
    if (!canListColleagues(actor)) throw AppError.forbidden();
    return this.repository.activeStaff(context, actor.organisationId);
  }

  /** The id of one of the viewer's organisation's case staff, or BAD_USER_INPUT naming `field`. */
  async checkCaseworker(context: RequestContext, userId: string, field: string): Promise<string> {
    const actor = requireActor(context);
    if (!isUuid(userId) || !(await this.repository.isCaseStaff(context, userId, actor.organisationId))) {
      throw AppError.badInput(field, 'cases.notACaseworker');
    }
    return userId;
  }
}
