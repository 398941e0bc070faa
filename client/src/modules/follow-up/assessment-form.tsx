import { useMutation } from '@apollo/client/react';
import { Button, Fieldset, Group, Radio, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate, todayCalendarDate } from '../../components/calendar-date';
import type { FollowUpQuery, RecordSustainabilityAssessmentInput, SustainabilityIndicator } from '../../gql/graphql';
import { recordSustainabilityAssessmentMutation } from './follow-up-operations';
import { scaleValues, sustainabilityDimensions, type ScaleValue } from './follow-up-options';
import { RecordAgain, RecordAgainForm, useRecordAgainSave } from './record-again';
import { HintText } from '../../components/hint-text';
import { HappenedOnInput } from '../../components/day-input';

type IndicatorDefinition = FollowUpQuery['sustainabilityIndicators'][number];

interface AssessmentFormProps {
  caseId: string;
  /** The indicators as the server defines them, each with its dimension. */
  indicators: readonly IndicatorDefinition[];
  /** Called after the assessment is saved: the follow-up is fetched again with its scores. */
  onRecorded: () => void;
}

/** The partner answers every indicator 0–4; the server computes the scores. */
export function AssessmentForm(props: AssessmentFormProps) {
  const { t } = useTranslation('followUp');
  return (
    <RecordAgain done={t('assessment.done')} testId="assessment-recorded" onRecorded={props.onRecorded}>
      {(form) => <AssessmentFields {...props} {...form} />}
    </RecordAgain>
  );
}

type Answers = Partial<Record<SustainabilityIndicator, ScaleValue>>;

/** A server error about an answer names it by its position in the list sent. */
function errorPath(path: string, sent: readonly IndicatorDefinition[]): string {
  const match = /^answers\.(\d+)/.exec(path);
  if (!match) return path;
  const definition = sent[Number(match[1])];
  return definition ? `answers.${definition.indicator}` : path;
}

function AssessmentFields({ caseId, indicators, onRecorded, onEdited }: AssessmentFormProps & { onEdited: () => void }) {
  const { t } = useTranslation('followUp');
  const [assessedOn, setAssessedOn] = useState(todayCalendarDate);
  const [answers, setAnswers] = useState<Answers>({});
  const [record, { loading }] = useMutation(recordSustainabilityAssessmentMutation);
  const { errors, setErrors, failure, submit } = useRecordAgainSave({
    failed: t('assessment.failed'),
    toFormPath: (path) => errorPath(path, indicators),
    shows: (path) => path === 'assessedOn' || /^answers\.[A-Z_]+$/.test(path),
    onRecorded,
  });
  const unanswered = indicators.filter((definition) => answers[definition.indicator] === undefined).length;

  const clear = (...paths: string[]) => {
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([path]) => !paths.includes(path) && path !== 'answers')));
    onEdited();
  };

  const check = () => {
    const problems: Record<string, string> = {};
    if (!isCalendarDate(assessedOn)) problems.assessedOn = t('validation.date');
    for (const { indicator } of indicators) {
      if (answers[indicator] === undefined) problems[`answers.${indicator}`] = t('validation.answerAll');
    }
    return problems;
  };
  const input = (): RecordSustainabilityAssessmentInput => ({
    caseId,
    assessedOn,
    answers: indicators.map(({ indicator }) => ({ indicator, value: answers[indicator] ?? 0 })),
  });

  return (
    <RecordAgainForm
      testId="assessment-form"
      title={t('assessment.formTitle')}
      intro={<HintText>{t('assessment.intro')}</HintText>}
      failure={failure}
      busy={loading}
      onSubmit={submit(check, () => record({ variables: { input: input() } }))}
    >
      <HappenedOnInput
        label={t('assessment.date')}
        value={assessedOn}
        onDayChange={(day) => {
          setAssessedOn(day);
          clear('assessedOn');
        }}
        error={errors.assessedOn}
        data-testid="assessment-date"
        maw={240}
      />
      {sustainabilityDimensions.map((dimension) => {
        const inDimension = indicators.filter((definition) => definition.dimension === dimension);
        if (inDimension.length === 0) return null;
        return (
          <Fieldset key={dimension} legend={t(`dimensions.${dimension}`)} radius="md" data-testid={`assessment-dimension-${dimension}`}>
            <Stack gap="md">
              {inDimension.map(({ indicator }) => (
                <Radio.Group
                  key={indicator}
                  label={t(`indicators.${indicator}.label`)}
                  description={t(`indicators.${indicator}.question`)}
                  required
                  value={answers[indicator] === undefined ? null : String(answers[indicator])}
                  onChange={(value) => {
                    setAnswers((current) => ({ ...current, [indicator]: Number(value) as ScaleValue }));
                    clear(`answers.${indicator}`);
                  }}
                  error={errors[`answers.${indicator}`]}
                  data-testid={`assessment-indicator-${indicator}`}
                >
                  <Group gap="md" mt={6} wrap="wrap">
                    {scaleValues.map((value) => (
                      <Radio
                        key={value}
                        value={String(value)}
                        label={`${value} · ${t(`scale.${value}`)}`}
                        data-testid={`assessment-${indicator}-${value}`}
                      />
                    ))}
                  </Group>
                </Radio.Group>
              ))}
            </Stack>
          </Fieldset>
        );
      })}
      <Group justify="space-between" gap="sm" wrap="wrap">
        <HintText aria-live="polite" data-testid="assessment-unanswered">{unanswered > 0 ? t('assessment.unanswered', { count: unanswered }) : ''}</HintText>
        <Button type="submit" loading={loading} data-testid="assessment-submit">
          {t('assessment.submit')}
        </Button>
      </Group>
    </RecordAgainForm>
  );
}
