import { ObjectType } from '@nestjs/graphql';
import { PrimaryColumn } from 'typeorm';
import { DbColumn } from '../../core/database/entity-columns.js';
import { OrganisationRow } from '../organisations/organisation-row.js';

// The columns every table of a case's data starts with: the case it belongs to, and the
// organisation that owns the case (which row-level security reads).

/** A section with one row per case (returnee, returnee_contact, case_needs, returnee_health). */
export abstract class CaseSectionRow {
  @PrimaryColumn({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @DbColumn('uuid')
  organisationId: string;
}

/** A record with an id of its own that belongs to a case (a household member, a status change, a consent, a referral). */
@ObjectType({ isAbstract: true })
export abstract class CaseRecordRow extends OrganisationRow {
  @DbColumn('uuid')
  caseId: string;
}
