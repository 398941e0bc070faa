import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Card.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/ThemeIcon.css';
import { useQuery } from '@apollo/client/react';
import { Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { useCurrentUser } from '../../core/auth/session-context';
import { useFormatters } from '../../core/i18n/use-formatters';
import { answersReferrals, hasCaseList } from '../../core/auth/permissions';
import { unreadNotificationCountQuery } from '../notifications/notification-operations';
import { OutreachFollowUpsSection } from '../outreach/outreach-follow-ups-section';
import { listOf, useWorklistPage } from './use-worklist-page';
import {
  myWorklistQuery,
  worklistActionsPageQuery,
  worklistCasesPageQuery,
  worklistOverduePageQuery,
  worklistReferralsPageQuery,
} from './worklist-operations';
import { WorklistItem, WorklistSection } from './worklist-section';
import { useReadableNames } from '../../components/person-name';

/** "STO-2026-0042 · Hawre Karim": the number keeps its own direction in an Arabic line. */
function CaseTitle({ number, returnee }: { number: string; returnee?: { firstName: string; lastName: string } | null }) {
  return (
    <>
      <bdi>{number}</bdi>
      {returnee && (
        <>
          {' · '}
          <bdi>
            {returnee.firstName} {returnee.lastName}
          </bdi>
        </>
      )}
    </>
  );
}

/**
 * The start page's worklists: what needs the signed-in person now. A list that cannot concern
 * the person's roles (a partner office has no cases of its own) is left out unless it has items.
 */
export function Worklist() {
  const { t } = useTranslation('worklist');
  const format = useFormatters();
  const names = useReadableNames();
  const me = useCurrentUser();
  const { data, error, refetch } = useQuery(myWorklistQuery, { fetchPolicy: 'cache-and-network' });
  const worklist = data?.myWorklist;

  // A new notification (the bell's count rising, live) usually means something new to do: look again.
  const unread = useQuery(unreadNotificationCountQuery, { fetchPolicy: 'cache-only' }).data?.unreadNotificationCount;
  const lastUnread = useRef(unread);
  useEffect(() => {
    if (unread !== undefined && lastUnread.current !== undefined && unread > lastUnread.current) void refetch().catch(() => undefined);
    lastUnread.current = unread;
  }, [unread, refetch]);

  const cases = listOf(worklist?.casesNeedingAction, useWorklistPage(worklistCasesPageQuery));
  const referrals = listOf(worklist?.referralsAwaitingAnswer, useWorklistPage(worklistReferralsPageQuery));
  const overdue = listOf(worklist?.overdueFollowUps, useWorklistPage(worklistOverduePageQuery));
  const actions = listOf(worklist?.supervisionActionsDue, useWorklistPage(worklistActionsPageQuery));
  const showCases = hasCaseList(me) || (cases.count ?? 0) > 0;
  const showReferrals = answersReferrals(me) || (referrals.count ?? 0) > 0;
  // A section's title, test id and "none" sentence are named after it; its count and paging come from its list.
  const section = (name: 'cases' | 'referrals' | 'overdue' | 'actions', list: ReturnType<typeof listOf>) => ({
    title: t(`${name}.title`),
    testId: `worklist-${name}`,
    empty: t(`${name}.empty`),
    count: list.count,
    page: list.page,
  });

  return (
    <Stack gap="sm" component="section" aria-labelledby="worklist-title" data-testid="worklist">
      <Title order={2} size="h3" id="worklist-title">
        {t('title')}
      </Title>
      {error && !worklist && (
        <LoadFailedAlert title={t('loadFailed')} error={error} onRetry={refetch} />
      )}
      {!(error && !worklist) && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          {showCases && (
            <WorklistSection {...section('cases', cases)} icon="user" color="indigo" more={{ to: '/cases', label: t('cases.more') }}>
              {cases.items.map((item) => (
                // One item per case, with every reason it needs its caseworker (the server lists each case once).
                <WorklistItem
                  key={item.case.id}
                  to={`/cases/${item.case.id}`}
                  title={<CaseTitle number={item.case.number} returnee={item.case.returnee} />}
                  detail={item.since ? t('cases.since', { date: format.date(item.since) }) : undefined}
                  aside={
                    <Group gap={4} justify="flex-end" style={{ flex: 'none' }}>
                      {(item.reasons.length ? item.reasons : [item.reason]).map((reason) => (
                        <Badge key={reason} variant="light" color="indigo" radius="sm" tt="none" data-testid="worklist-reason">
                          {t(`reasons.${reason}`)}
                        </Badge>
                      ))}
                    </Group>
                  }
                />
              ))}
            </WorklistSection>
          )}
          {showReferrals && (
            <WorklistSection {...section('referrals', referrals)} icon="building" color="orange" more={{ to: '/inbox', label: t('referrals.more') }}>
              {referrals.items.map((referral) => (
                <WorklistItem
                  key={referral.id}
                  to={referral.case ? `/cases/${referral.case.id}` : '/inbox'}
                  title={referral.case ? <CaseTitle number={referral.case.number} returnee={referral.case.returnee} /> : t('referrals.caseHidden')}
                  detail={t('referrals.from', { organisation: names.text(referral.from), date: format.date(referral.sentAt) })}
                  aside={
                    <Text size="xs" c={new Date(referral.expiresAt).getTime() - Date.now() < 86_400_000 ? 'red.8' : 'dimmed'} style={{ flex: 'none' }}>
                      {t('referrals.answerBy', { date: format.date(referral.expiresAt) })}
                    </Text>
                  }
                />
              ))}
            </WorklistSection>
          )}
          <WorklistSection {...section('overdue', overdue)} icon="alert" color="red">
            {overdue.items.map((item) => (
              <WorklistItem
                key={item.id}
                to={`/cases/${item.id}`}
                title={<CaseTitle number={item.number} returnee={item.returnee} />}
                detail={
                  item.followUp
                    ? t(item.viewerIsOwner ? 'overdue.byPartner' : 'overdue.forOwner', {
                        organisation: names.text(item.viewerIsOwner ? item.followUp.partner : item.organisation),
                      })
                    : undefined
                }
                aside={
                  item.followUp?.nextVisitOn && (
                    <Text size="xs" c="red.8" style={{ flex: 'none' }}>
                      {t('overdue.visitWas', { date: format.day(item.followUp.nextVisitOn) ?? String(item.followUp.nextVisitOn) })}
                    </Text>
                  )
                }
              />
            ))}
          </WorklistSection>
          <WorklistSection {...section('actions', actions)} icon="shield" color="teal" more={{ to: '/supervision', label: t('actions.more') }}>
            {actions.items.map(({ action, session }) => (
              <WorklistItem
                key={action.id}
                to={`/supervision/${session.id}`}
                title={<bdi>{action.description}</bdi>}
                detail={t('actions.session', {
                  date: format.day(session.heldOn) ?? String(session.heldOn),
                  organisation: names.text(session.organisation.id === me.organisation.id ? session.partner : session.organisation),
                })}
                aside={
                  <Stack gap={2} align="flex-end" style={{ flex: 'none' }}>
                    {action.dueOn && (
                      <Text size="xs" c={action.overdue ? 'red.8' : 'dimmed'}>
                        {t('actions.due', { date: format.day(action.dueOn) ?? String(action.dueOn) })}
                      </Text>
                    )}
                    {action.overdue && (
                      <Badge color="red" variant="light" radius="sm" tt="none">
                        {t('actions.overdue')}
                      </Badge>
                    )}
                  </Stack>
                }
              />
            ))}
          </WorklistSection>
          <OutreachFollowUpsSection />
        </SimpleGrid>
      )}
    </Stack>
  );
}
