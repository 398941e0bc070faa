import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity } from 'typeorm';
import { DateScalar } from '../../core/graphql/date.scalar.js';
import { SustainabilityIndicator } from './follow-up.enums.js';
import { RecordedFollowUpRow } from './follow-up-row.js';
import { IndicatorAnswer } from './indicator-answer.model.js';
import { SustainabilityScores } from './sustainability-scores.model.js';

/** A sustainability assessment: twelve answers and the scores computed from them (sustainability.ts). */
@ObjectType()
@Entity('sustainability_assessment')
export class SustainabilityAssessment extends RecordedFollowUpRow {
  @Field(() => DateScalar)
  @Column({ name: 'assessed_on', type: 'date' })
  assessedOn: string;

  @Column({ name: 'answers', type: 'jsonb' })
  answerMap: Partial<Record<SustainabilityIndicator, number>>;

  @Column({ type: 'numeric' })
  economic: string;

  @Column({ type: 'numeric' })
  social: string;

  @Column({ type: 'numeric' })
  psychosocial: string;

  @Column({ type: 'numeric' })
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
