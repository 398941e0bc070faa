import { Field, ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { DomainAssessment } from './domain-assessment.model.js';
import { DomainStatus, ReintegrationDomain, VisitMode } from './follow-up.enums.js';
import { RecordedFollowUpRow } from './follow-up-row.js';

/** A follow-up visit (or call) by the partner, with the next one planned. */
@ObjectType()
@Entity('follow_up_visit')
export class FollowUpVisit extends RecordedFollowUpRow {
  @FieldColumn('date')
  visitedOn: string;

  @FieldColumn('text', { graphql: () => VisitMode })
  mode: VisitMode;

  @DbColumn('jsonb', { name: 'domain_statuses' })
  domainStatusMap: Partial<Record<ReintegrationDomain, DomainStatus>>;

  @FieldColumn('text')
  narrative: string;

  @FieldColumn('date', { nullable: true })
  nextVisitOn: string | null;

  /** Set by FollowUpRepository, in SQL (app_is_overdue): this is the latest visit and its next date has passed. */
  @Field({ description: 'The latest visit whose next visit date has passed (today is not yet overdue).' })
  overdue: boolean;

  @Field(() => [DomainAssessment])
  get domainStatuses(): DomainAssessment[] {
    return Object.entries(this.domainStatusMap ?? {}).map(([domain, status]) => ({
      domain: domain as ReintegrationDomain,
      status: status as DomainStatus,
    }));
  }
}
