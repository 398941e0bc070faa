import { Field, ObjectType } from '@nestjs/graphql';
import { Entity } from 'typeorm';
import { DbColumn, FieldColumn } from '../../core/database/entity-columns.js';
import { SustainabilityIndicator } from './follow-up.enums.js';
import { RecordedFollowUpRow } from './follow-up-row.js';
import { IndicatorAnswer } from './indicator-answer.model.js';
import { SustainabilityScores } from './sustainability-scores.model.js';

/** A sustainability assessment: twelve answers and the scores computed from them (sustainability.ts). */
@ObjectType()
@Entity('sustainability_assessment')
export class SustainabilityAssessment extends RecordedFollowUpRow {
  @FieldColumn('date')
  assessedOn: string;

  @DbColumn('jsonb', { name: 'answers' })
  answerMap: Partial<Record<SustainabilityIndicator, number>>;

  @DbColumn('numeric')
  economic: string;

  @DbColumn('numeric')
  social: string;

  @DbColumn('numeric')
  psychosocial: string;

  @DbColumn('numeric')
  overall: string;

  @Field(() => [IndicatorAnswer])
  get answers(): IndicatorAnswer[] {
    return Object.entries(this.answerMap ?? {}).map(([indicator, value]) => ({ indicator: indicator as SustainabilityIndicator, value: Number(value) }));
  }

  @Field(() => SustainabilityScores)
  get scores(): SustainabilityScores {
    return { economic: Number(this.economic), social: Number(this.social), psychosocial: Number(this.psychosocial), overall: Number(this.overall) };
  }
}
