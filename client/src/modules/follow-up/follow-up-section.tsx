import './follow-up-styles';
import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../components/bidi-isolate';
import { Icon } from '../../components/icon';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { SectionCard } from '../../components/section-card';
import { useRefetchOnRevisit } from '../../components/use-refetch-on-revisit';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { NotificationKind } from '../../gql/graphql';
import { useCaseActivity } from '../messages/use-case-activity';
import { ArrivalPanel } from './arrival-panel';
import { AssessmentForm } from './assessment-form';
import { AssessmentList } from './assessment-list';
import { followUpQuery } from './follow-up-operations';
import { defaultCurrencyFor } from './follow-up-options';
import { FollowUpPart } from './follow-up-part';
import { PlanEditor } from './plan-editor';
import { PlanView } from './plan-view';
import { VisitForm } from './visit-form';
import { VisitHistory } from './visit-history';
import { HintText } from '../../components/hint-text';

/** Notifications about a case that change its follow-up. */
const followUpKinds: readonly NotificationKind[] = ['ARRIVAL_CONFIRMED', 'ARRIVAL_CONFIRMED_EARLY', 'FOLLOW_UP_OVERDUE'];

/**
 * Reintegration follow-up of a case after a referral was accepted: the partner writes it
 * (`viewerCanWrite`), the referring office reads the same information.
 */
export function FollowUpSection({ caseId }: { caseId: string }) {
  const { t } = useTranslation(['followUp', 'common']);
  const format = useFormatters();
  // Fresh on every visit to the case: the partner may have recorded something since.
  const { data, error, refetch } = useQuery(followUpQuery, { variables: { caseId }, fetchPolicy: 'cache-and-network' });
  const followUp = data?.case.followUp;
  const indicators = data?.sustainabilityIndicators ?? [];
  const reload = () => refetch();
  const refresh = () => void refetch().catch(() => undefined);
  useCaseActivity(caseId, followUpKinds, refresh);
  useRefetchOnRevisit(refresh);

  const status = followUp && (
    <Group gap="xs">
      {followUp.overdue && (
        <Badge color="red" variant="filled" tt="none" data-testid="follow-up-overdue">
          {t('section.overdue')}
        </Badge>
      )}
      <Badge color="gray" variant="light" tt="none" data-testid="follow-up-next-visit">
        {followUp.nextVisitOn ? t('section.nextVisit', { date: format.day(followUp.nextVisitOn) ?? followUp.nextVisitOn }) : t('section.noNextVisit')}
      </Badge>
    </Group>
  );

  return (
    <SectionCard title={t('section.title')} icon="home" testId="follow-up-section" actions={status}>
      {!data && error ? (
        <LoadFailedAlert title={t('section.loadFailed')} error={error} onRetry={refresh} testId="follow-up-load-failed" />
      ) : !data ? (
        <Stack gap="sm" role="status" aria-busy="true" aria-label={t('section.loading')} data-testid="follow-up-loading">
          <Skeleton h={18} w="40%" radius="sm" />
          <Skeleton h={80} radius="md" />
          <Skeleton h={120} radius="md" />
        </Stack>
      ) : !followUp ? (
        <HintText data-testid="follow-up-none">{t('section.notAvailable')}</HintText>
      ) : (
        <Stack gap="md">
          {followUp.viewerCanWrite ? (
            <HintText>{t('section.byPartner', { organisation: isolate(followUp.partner.name) })}</HintText>
          ) : (
            <Alert color="blue" variant="light" icon={<Icon name="shield" />} data-testid="follow-up-read-only">
              {t('section.readOnly', { organisation: isolate(followUp.partner.name) })}
            </Alert>
          )}
          <ArrivalPanel caseId={caseId} followUp={followUp} />
          <FollowUpPart
            title={t('plan.title')}
            testId="plan-part"
            aside={
              followUp.plan && (
                <Text size="xs" c="dimmed">
                  {t('plan.goalCount', { count: followUp.plan.goals.length })}
                </Text>
              )
            }
          >
            {followUp.viewerCanWrite ? (
              <PlanEditor caseId={caseId} plan={followUp.plan} defaultCurrency={defaultCurrencyFor(followUp.partner.country)} onReload={reload} />
            ) : (
              <PlanView plan={followUp.plan} />
            )}
          </FollowUpPart>
          <FollowUpPart title={t('visits.title')} testId="visits-part">
            {followUp.viewerCanWrite && <VisitForm caseId={caseId} onRecorded={refresh} />}
            <VisitHistory visits={followUp.visits} />
          </FollowUpPart>
          <FollowUpPart title={t('assessment.title')} testId="assessments-part">
            <AssessmentList assessments={followUp.assessments} indicators={indicators} />
            {followUp.viewerCanWrite && <AssessmentForm caseId={caseId} indicators={indicators} onRecorded={refresh} />}
          </FollowUpPart>
        </Stack>
      )}
    </SectionCard>
  );
}
