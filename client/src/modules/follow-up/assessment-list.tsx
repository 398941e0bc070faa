import { Box, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { FollowUpDetailsFragment, FollowUpQuery } from '../../gql/graphql';
import { sustainabilityDimensions } from './follow-up-options';
import { HintText } from '../../components/hint-text';
import { RecordedBy } from './recorded-by';

type Assessment = FollowUpDetailsFragment['assessments'][number];
type Scores = Assessment['scores'];
type IndicatorDefinition = FollowUpQuery['sustainabilityIndicators'][number];

interface AssessmentListProps {
  assessments: readonly Assessment[];
  indicators: readonly IndicatorDefinition[];
}

/** Every assessment, newest first, with the scores the server computed (never computed here). */
export function AssessmentList({ assessments, indicators }: AssessmentListProps) {
  const { t } = useTranslation('followUp');
  if (assessments.length === 0) {
    return (
      <HintText data-testid="assessments-none">{t('assessment.none')}</HintText>
    );
  }
  return (
    <Stack gap="sm">
      {assessments.map((assessment) => (
        <AssessmentItem key={assessment.id} assessment={assessment} indicators={indicators} />
      ))}
    </Stack>
  );
}

function AssessmentItem({ assessment, indicators }: { assessment: Assessment; indicators: readonly IndicatorDefinition[] }) {
  const { t } = useTranslation('followUp');
  const format = useFormatters();
  const answers = new Map(assessment.answers.map((answer) => [answer.indicator, answer.value]));
  return (
    <Paper withBorder radius="md" p="sm" component="article" data-testid="assessment-row">
      <Stack gap="sm">
        <Text fw={600} size="sm">
          {t('assessment.assessedOn', { date: format.day(assessment.assessedOn) ?? assessment.assessedOn })}
        </Text>
        <ScoreBars scores={assessment.scores} />
        <Box component="details">
          <Text component="summary" size="sm" style={{ cursor: 'pointer' }}>
            {t('assessment.answers')}
          </Text>
          <Stack gap={4} mt="xs">
            {sustainabilityDimensions.map((dimension) => (
              <Box key={dimension}>
                <Text size="xs" fw={600} c="dimmed">
                  {t(`dimensions.${dimension}`)}
                </Text>
                {indicators
                  .filter((definition) => definition.dimension === dimension && answers.has(definition.indicator))
                  .map(({ indicator }) => {
                    const value = answers.get(indicator) ?? 0;
                    return (
                      <Group key={indicator} justify="space-between" gap="xs" wrap="nowrap">
                        <Text size="sm">{t(`indicators.${indicator}.label`)}</Text>
                        <HintText>{format.number(value)} · {t(`scale.${value as 0 | 1 | 2 | 3 | 4}`)}</HintText>
                      </Group>
                    );
                  })}
              </Box>
            ))}
          </Stack>
        </Box>
        <RecordedBy by={assessment.recordedBy} at={assessment.recordedAt} />
      </Stack>
    </Paper>
  );
}

const scoreKeys = ['economic', 'social', 'psychosocial', 'overall'] as const;

/** The four scores (0–1) as percentages with bars; the overall one stands out. */
export function ScoreBars({ scores }: { scores: Scores }) {
  const { t } = useTranslation('followUp');
  const format = useFormatters();
  const titleId = useId();
  return (
    <Box component="section" aria-labelledby={titleId} data-testid="assessment-scores">
      <Text id={titleId} size="xs" fw={600} c="dimmed" mb={4}>
        {t('scores.title')}
      </Text>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        {scoreKeys.map((key) => {
          const value = scores[key];
          const label = t(`scores.${key}`);
          return (
            <Stack key={key} gap={4} data-testid={`score-${key}`}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="sm" fw={key === 'overall' ? 700 : 500}>
                  {label}
                </Text>
                <Text size="sm" fw={key === 'overall' ? 700 : 500} data-testid={`score-${key}-value`}>
                  {format.percent(value)}
                </Text>
              </Group>
              {/* The section is the element with role="progressbar": its name and value text go there. */}
              <Progress.Root size={key === 'overall' ? 'lg' : 'md'}>
                <Progress.Section
                  value={Math.max(0, Math.min(1, value)) * 100}
                  color={value >= 0.66 ? 'teal' : value >= 0.4 ? 'yellow' : 'red'}
                  aria-label={label}
                  aria-valuetext={format.percent(value)}
                />
              </Progress.Root>
            </Stack>
          );
        })}
      </SimpleGrid>
    </Box>
  );
}
