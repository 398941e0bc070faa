import { describe, expect, it } from 'vitest';
import { computeScores, indicatorDimensions, SustainabilityIndicator as I } from '../../src/modules/follow-up/sustainability.js';

const answers = (values: Partial<Record<I, number>>, fill = 0) =>
  new Map((Object.keys(indicatorDimensions) as I[]).map((indicator) => [indicator, values[indicator] ?? fill]));

describe('sustainability scores (worked examples)', () => {
  it('all answers 0 → every score 0; all answers 4 → every score 1', () => {
    expect(computeScores(answers({}, 0))).toEqual({ economic: 0, social: 0, psychosocial: 0, overall: 0 });
    expect(computeScores(answers({}, 4))).toEqual({ economic: 1, social: 1, psychosocial: 1, overall: 1 });
  });

  it('a dimension is the mean of its four answers over 4', () => {
    // Economic: income 4, housing 2, food 3, debt 1 → 10 / 16 = 0.625. Social all 2 → 0.5. Psychosocial all 1 → 0.25.
    const scores = computeScores(
      answers({
        INCOME: 4, HOUSING: 2, FOOD_SECURITY: 3, DEBT_FREE: 1,
        SUPPORT_NETWORK: 2, COMMUNITY_PARTICIPATION: 2, SERVICE_ACCESS: 2, DOCUMENTS: 2,
        WELLBEING: 1, SAFETY: 1, FUTURE_PLANS: 1, STRESS_FREE: 1,
      }),
    );
    expect(scores).toEqual({ economic: 0.625, social: 0.5, psychosocial: 0.25, overall: 0.4583 });
  });

  it('the overall score is the mean of the three dimensions, not of the twelve answers', () => {
    // Economic 1 (all 4), social 0, psychosocial 0 → overall 1/3.
    const scores = computeScores(answers({ INCOME: 4, HOUSING: 4, FOOD_SECURITY: 4, DEBT_FREE: 4 }, 0));
    expect(scores).toEqual({ economic: 1, social: 0, psychosocial: 0, overall: 0.3333 });
  });

  it('the demo family Hodžić: 2,1,3,3 | 4,3,3,4 | 3,4,3,2', () => {
    const values = [2, 1, 3, 3, 4, 3, 3, 4, 3, 4, 3, 2];
    const map = new Map((Object.keys(indicatorDimensions) as I[]).map((indicator, index) => [indicator, values[index]!]));
    expect(computeScores(map)).toEqual({ economic: 0.5625, social: 0.875, psychosocial: 0.75, overall: 0.7292 });
  });

  it('four indicators for each dimension', () => {
    const counts: Record<string, number> = {};
    for (const dimension of Object.values(indicatorDimensions)) counts[dimension] = (counts[dimension] ?? 0) + 1;
    expect(counts).toEqual({ ECONOMIC: 4, SOCIAL: 4, PSYCHOSOCIAL: 4 });
  });
});
