import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { manyBy } from '../../core/database/entity-rows.js';
import { change, execute, maybeOne, one } from '../../core/database/sql.js';
import { isUuid } from '../../core/graphql/uuid.js';
import type { RequestContext } from '../../core/tenancy/request-context.js';
import { Consent } from './consent.entity.js';
import type { ConsentSection } from './consents.enums.js';

const consentsByCase = manyBy(Consent, 'case_id', 'caseId', 't.recorded_at DESC');

export interface NewConsent {
  caseId: string;
  organisationId: string;
  partnerOrganisationId: string;
  sections: ConsentSection[];
  givenOn: string;
  formAttachmentId: string | null;
  recordedByUserId: string;
}

/** Consents of cases, newest first; row-level security shows them to the case's owner. */
@Injectable()
export class ConsentsRepository {
  byCase(context: RequestContext): DataLoader<string, Consent[]> {
    return context.loader(consentsByCase);
  }

  /** The consent, or null (also for an id that is no UUID). */
  async find(context: RequestContext, id: string): Promise<Consent | null> {
    return isUuid(id) ? context.db.getRepository(Consent).findOneBy({ id }) : null;
  }

  /** The sections the case's active consent for the partner covers, or undefined without one. */
  async activeSections(context: RequestContext, caseId: string, partnerId: string): Promise<ConsentSection[] | undefined> {
    const found = await maybeOne<{ sections: ConsentSection[] }>(
      context.db,
      'SELECT sections FROM consent WHERE case_id = $1 AND partner_organisation_id = $2 AND withdrawn_at IS NULL',
      [caseId, partnerId],
    );
    return found?.sections;
  }

  /** Withdraws the case's active consent for the partner (one at the most); the ids withdrawn. */
  async withdrawActive(context: RequestContext, caseId: string, partnerId: string, userId: string): Promise<string[]> {
    const { rows } = await change<{ id: string }>(
      context.db,
      `UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $3
        WHERE case_id = $1 AND partner_organisation_id = $2 AND withdrawn_at IS NULL RETURNING id`,
      [caseId, partnerId, userId],
    );
    return rows.map((row) => row.id);
  }

  async insert(context: RequestContext, consent: NewConsent): Promise<string> {
    const { id } = await one<{ id: string }>(
      context.db,
      `INSERT INTO consent (case_id, organisation_id, partner_organisation_id, sections, given_on, form_attachment_id, recorded_by_user_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [consent.caseId, consent.organisationId, consent.partnerOrganisationId, consent.sections, consent.givenOn, consent.formAttachmentId, consent.recordedByUserId],
    );
    return id;
  }

  async withdraw(context: RequestContext, id: string, userId: string): Promise<void> {
    await execute(context.db, 'UPDATE consent SET withdrawn_at = now(), withdrawn_by_user_id = $2 WHERE id = $1', [id, userId]);
  }

  /** Revokes the live referrals of the case to the partner that share more than `covered`; their ids. */
  async revokeUncoveredReferrals(context: RequestContext, caseId: string, partnerId: string, covered: string[], userId: string): Promise<string[]> {
    const { rows } = await change<{ id: string }>(
      context.db,
      `UPDATE referral SET status = 'REVOKED', revoked_at = now(), revoked_by_user_id = $4
        WHERE case_id = $1 AND to_organisation_id = $2 AND status IN ('PENDING', 'ACCEPTED') AND NOT (sections <@ $3::text[])
       RETURNING id`,
      [caseId, partnerId, covered, userId],
    );
    return rows.map((row) => row.id);
  }
}
