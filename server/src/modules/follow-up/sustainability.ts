import { SustainabilityDimension, SustainabilityIndicator } from './follow-up.enums.js';
import type { SustainabilityScores } from './sustainability-scores.model.js';

// The demo data and the tests name indicators through this file.
export { SustainabilityIndicator } from './follow-up.enums.js';

/** Which dimension each indicator measures: four each, weighed equally. */
export const indicatorDimensions: Readonly<Record<SustainabilityIndicator, SustainabilityDimension>> = {
  INCOME: SustainabilityDimension.ECONOMIC,
  HOUSING: SustainabilityDimension.ECONOMIC,
  FOOD_SECURITY: SustainabilityDimension.ECONOMIC,
  DEBT_FREE: SustainabilityDimension.ECONOMIC,
  SUPPORT_NETWORK: SustainabilityDimension.SOCIAL,
  COMMUNITY_PARTICIPATION: SustainabilityDimension.SOCIAL,
  SERVICE_ACCESS: SustainabilityDimension.SOCIAL,
  DOCUMENTS: SustainabilityDimension.SOCIAL,
  WELLBEING: SustainabilityDimension.PSYCHOSOCIAL,
  SAFETY: SustainabilityDimension.PSYCHOSOCIAL,
  FUTURE_PLANS: SustainabilityDimension.PSYCHOSOCIAL,
  STRESS_FREE: SustainabilityDimension.PSYCHOSOCIAL,
};

export const MAX_ANSWER = 4;

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * The scores of one assessment: a dimension is the mean of its four answers over 4, so 0 when
 * every answer is 0 and 1 when every answer is 4; the overall score is the mean of the three
 * dimensions. Expects every indicator answered once with 0–4 (checked by the service).
 */
export function computeScores(answers: ReadonlyMap<SustainabilityIndicator, number>): SustainabilityScores {
  const dimension = (which: SustainabilityDimension) => {
    const values = (Object.keys(indicatorDimensions) as SustainabilityIndicator[])
      .filter((indicator) => indicatorDimensions[indicator] === which)
      .map((indicator) => answers.get(indicator)!);
    return values.reduce((sum, value) => sum + value, 0) / (values.length * MAX_ANSWER);
  };
  const economic = dimension(SustainabilityDimension.ECONOMIC);
  const social = dimension(SustainabilityDimension.SOCIAL);
  const psychosocial = dimension(SustainabilityDimension.PSYCHOSOCIAL);
  return { economic: round(economic), social: round(social), psychosocial: round(psychosocial), overall: round((economic + social + psychosocial) / 3) };
}
