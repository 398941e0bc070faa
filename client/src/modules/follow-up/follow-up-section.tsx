import './follow-up-styles';
import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Group, Skeleton, Stack } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HintText } from '../../components/hint-text';
import { Icon } from '../../components/icon';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { NoticeAlert } from '../../components/notice-alert';
import { SectionCard } from '../../components/section-card';
import { useRefetchOnRevisit } from '../../components/use-refetch-on-revisit';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { FollowUpDetailsFragment, NotificationKind } from '../../gql/graphql';
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
import { useReadableNames } from '../../components/person-name';

/** Notifications about a case that change its follow-up. */
const followUpKinds: readonly NotificationKind[] = ['ARRIVAL_CONFIRMED', 'ARRIVAL_CONFIRMED_EARLY', 'FOLLOW_UP_OVERDUE'];

/** The parts of the follow-up, in the order the work goes. */
export type FollowUpPartName = 'arrival' | 'plan' | 'visits' | 'assessments';

/**
 * The part to work on now: the arrival until it is confirmed, then the plan until there is one,
 * then the visits. It is the part that stands open when the page opens.
 */
export function nextStep(followUp: Pick<FollowUpDetailsFragment, 'arrival' | 'plan'>): FollowUpPartName {
  if (!followUp.arrival) return 'arrival';
  if (!followUp.plan) return 'plan';
  return 'visits';
}

interface FollowUpSectionProps {
  caseId: string;
  /**
   * The viewer has just accepted the referral: the section says so and what comes next, and moves
   * the focus (and the page) to the step to take now. `onNoticeClose` when that notice goes.
   */
  accepted?: boolean;
  onNoticeClose?: () => void;
}

/**
 * Reintegration follow-up of a case after a referral was accepted: the partner writes it
 * (`viewerCanWrite`), the referring office reads the same information. Each part opens on its
 * own, with a one-line summary while closed; the next step is open from the start.
 */
export function FollowUpSection({ caseId, accepted = false, onNoticeClose }: FollowUpSectionProps) {
  const { t } = useTranslation(['followUp', 'common']);
  const format = useFormatters();
  const names = useReadableNames();
  // Fresh on every visit to the case: the partner may have recorded something since.
  const { data, error, refetch } = useQuery(followUpQuery, { variables: { caseId }, fetchPolicy: 'cache-and-network' });
  const followUp = data?.case.followUp;
  const indicators = data?.sustainabilityIndicators ?? [];
  const reload = () => refetch();
  const refresh = () => void refetch().catch(() => undefined);
  useCaseActivity(caseId, followUpKinds, refresh);
  useRefetchOnRevisit(refresh);

  // Which parts stand open. When the next step changes (the arrival is confirmed, a first plan
  // saved) the new one opens too; what the person opened or closed stays as it is.
  const next = followUp ? nextStep(followUp) : null;
  const [opened, setOpened] = useState<ReadonlySet<FollowUpPartName>>(() => new Set());
  const toggles = useRef<Partial<Record<FollowUpPartName, HTMLButtonElement | null>>>({});
  const [openedFor, setOpenedFor] = useState<FollowUpPartName | null>(null);
  if (next && next !== openedFor) {
    setOpenedFor(next);
    setOpened(new Set(opened).add(next));
  }
  const toggle = (part: FollowUpPartName) => () =>
    setOpened((current) => {
      const changed = new Set(current);
      if (!changed.delete(part)) changed.add(part);
      return changed;
    });
  const part = (name: FollowUpPartName) => ({
    opened: opened.has(name),
    onToggle: toggle(name),
    testId: `${name}-part`,
    toggleRef: (button: HTMLButtonElement | null) => {
      toggles.current[name] = button;
    },
  });

  // Right after accepting: to the next step, once, when it is there.
  const noticeRef = useRef<HTMLDivElement>(null);
  const led = useRef(false);
  useEffect(() => {
    if (!accepted) led.current = false;
    if (!accepted || led.current || !next) return;
    const button = toggles.current[next];
    if (!button) return;
    led.current = true;
    const still = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    // The notice and the step under it in view; the focus on the step, announced with the notice.
    (noticeRef.current ?? button).scrollIntoView?.({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    button.focus({ preventScroll: true });
  }, [accepted, next]);

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
  const day = (value: string) => format.day(value) ?? value;
  const latestVisit = followUp?.visits[0];
  const latestAssessment = followUp?.assessments[0];

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
          {accepted && (
            <div ref={noticeRef} style={{ scrollMarginTop: 'calc(var(--app-shell-header-height, 64px) + var(--mantine-spacing-md))' }}>
              <NoticeAlert
                notice={t(next === 'arrival' ? 'section.acceptedNextArrival' : 'section.acceptedNextStep', { step: t(partTitles[next ?? 'arrival']) })}
                onClose={() => onNoticeClose?.()}
                testId="referral-accepted-notice"
              />
            </div>
          )}
          {followUp.viewerCanWrite ? (
            <HintText>{t('section.byPartner', { organisation: names.text(followUp.partner) })}</HintText>
          ) : (
            <Alert color="blue" variant="light" icon={<Icon name="shield" />} data-testid="follow-up-read-only">
              {t('section.readOnly', { organisation: names.text(followUp.partner) })}
            </Alert>
          )}
          <FollowUpPart
            title={t('arrival.title')}
            summary={followUp.arrival ? t('summary.arrived', { date: day(followUp.arrival.arrivedOn) }) : t('summary.arrivalPending')}
            {...part('arrival')}
          >
            <ArrivalPanel caseId={caseId} followUp={followUp} />
          </FollowUpPart>
          <FollowUpPart
            title={t('plan.title')}
            summary={
              followUp.plan
                ? t('summary.plan', { goals: t('plan.goalCount', { count: followUp.plan.goals.length }), date: format.date(followUp.plan.updatedAt) })
                : t('summary.noPlan')
            }
            {...part('plan')}
          >
            {followUp.viewerCanWrite ? (
              <PlanEditor caseId={caseId} plan={followUp.plan} defaultCurrency={defaultCurrencyFor(followUp.partner.country)} onReload={reload} />
            ) : (
              <PlanView plan={followUp.plan} />
            )}
          </FollowUpPart>
          <FollowUpPart
            title={t('visits.title')}
            summary={
              latestVisit
                ? t('summary.visits', { visits: t('visits.count', { count: followUp.visits.length }), date: day(latestVisit.visitedOn) })
                : t('summary.noVisits')
            }
            aside={
              followUp.overdue && (
                <Badge color="red" variant="light" tt="none" size="sm" data-testid="visits-part-overdue">
                  {t('visits.overdue')}
                </Badge>
              )
            }
            {...part('visits')}
          >
            {followUp.viewerCanWrite && <VisitForm caseId={caseId} onRecorded={refresh} />}
            <VisitHistory visits={followUp.visits} />
          </FollowUpPart>
          <FollowUpPart
            title={t('assessment.title')}
            summary={
              latestAssessment
                ? t('summary.assessment', { date: day(latestAssessment.assessedOn), score: format.percent(latestAssessment.scores.overall) })
                : t('summary.noAssessment')
            }
            {...part('assessments')}
          >
            <AssessmentList assessments={followUp.assessments} indicators={indicators} />
            {followUp.viewerCanWrite && <AssessmentForm caseId={caseId} indicators={indicators} onRecorded={refresh} />}
          </FollowUpPart>
        </Stack>
      )}
    </SectionCard>
  );
}

const partTitles = {
  arrival: 'arrival.title',
  plan: 'plan.title',
  visits: 'visits.title',
  assessments: 'assessment.title',
} as const satisfies Record<FollowUpPartName, string>;
