import '../../components/print-sheet.css';
import './case-summary-print.css';
import '@mantine/core/styles/Skeleton.css';
import { useQuery } from '@apollo/client/react';
import { Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { isolate } from '../../components/bidi-isolate';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { PageHeader } from '../../components/page-header';
import { StatusPage } from '../../components/status-page';
import { useDocumentTitle } from '../../components/use-document-title';
import { useSession } from '../../core/auth/session-context';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { CaseSummaryQuery } from '../../gql/graphql';
import { caseSummaryQuery } from './case-summary-operations';
import { useReferralLabels } from './use-referral-labels';
import { PersonName, useReadableNames } from '../../components/person-name';

type Summary = NonNullable<CaseSummaryQuery['case']>;

/**
 * The case on paper for its owner organisation: returnee, household, destination, status history,
 * consents, referrals and follow-up, in the reader's language, with the day it was printed.
 * A partner is shown a not-allowed page (the server gives it only its share anyway).
 */
export function CaseSummaryPage() {
  const { t } = useTranslation('cases');
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(caseSummaryQuery, { variables: { id } });
  useDocumentTitle(data?.case ? t('summary.documentTitle', { number: data.case.number }) : t('summary.title'));
  const item = data?.case;

  if (!item) {
    if (error) {
      return <LoadFailedAlert title={t('summary.loadFailed')} error={error} onRetry={() => void refetch().catch(() => undefined)} />;
    }
    return loading ? <Skeleton h={480} radius="md" role="status" aria-label={t('summary.loading')} /> : null;
  }
  if (!item.viewerIsOwner) {
    return <StatusPage title={t('summary.notAllowedTitle')} description={t('summary.notAllowed')} homeLabel={t('summary.backHome')} />;
  }
  return <SummarySheet item={item} />;
}

function SummarySheet({ item }: { item: Summary }) {
  const { t } = useTranslation(['cases', 'followUp']);
  const format = useFormatters();
  const labels = useReferralLabels();
  const session = useSession();
  const names = useReadableNames();
  const viewer = session.status === 'authenticated' ? names.text(session.user) : '';
  const name = item.returnee ? `${item.returnee.firstName} ${item.returnee.lastName}` : null;
  const day = (value: unknown) => format.day(value) ?? t('summary.none');
  const followUp = item.followUp;

  return (
    <Stack gap="lg" maw={980}>
      <PageHeader
        gap="xs"
        data-print-hidden
        back={<BackLink to={`/cases/${item.id}`}>{t('summary.backToCase')}</BackLink>}
        title={t('summary.title')}
        intro={t('summary.intro')}
        actions={
          <Button onClick={() => window.print()} data-print-hidden data-testid="print-summary">
            {t('summary.print')}
          </Button>
        }
      />

      <Paper withBorder radius="md" p="xl" className="print-sheet case-summary-sheet" component="article" aria-labelledby="case-summary-title" data-testid="case-summary">
        <Title order={2} size="h3" id="case-summary-title">
          {t('summary.heading')} <bdi className="case-summary-number" data-testid="summary-number">{item.number}</bdi>
        </Title>
        <Text size="sm" c="dimmed" data-testid="summary-printed">
          {t('summary.printedOn', { date: format.dateTime(new Date()), name: viewer, organisation: names.text(item.organisation) })}
        </Text>

        <Section title={t('summary.sections.returnee')} testId="summary-returnee">
          {item.returnee ? (
            <dl>
              <Row label={t('summary.fields.name')}>
                <bdi>{name}</bdi>
              </Row>
              <Row label={t('summary.fields.dateOfBirth')}>{day(item.returnee.dateOfBirth)}</Row>
              <Row label={t('summary.fields.sex')}>{t(`sex.${item.returnee.sex}`)}</Row>
              {item.returnee.citizenship && <Row label={t('summary.fields.citizenship')}>{format.country(item.returnee.citizenship)}</Row>}
              <Row label={t('summary.fields.languages')}>{format.list(item.returnee.languages.map((code) => format.language(code)))}</Row>
              {item.returnee.identityNumber && (
                <Row label={t('summary.fields.identityNumber')}>
                  <bdi>{item.returnee.identityNumber}</bdi>
                </Row>
              )}
              {item.contact?.phone && <Row label={t('summary.fields.phone')}><bdi>{item.contact.phone}</bdi></Row>}
              {item.contact?.email && <Row label={t('summary.fields.email')}><bdi>{item.contact.email}</bdi></Row>}
              {item.contact?.addressInSweden && <Row label={t('summary.fields.address')}><bdi>{item.contact.addressInSweden}</bdi></Row>}
            </dl>
          ) : (
            <Text size="sm">{t('summary.none')}</Text>
          )}
        </Section>

        <ListSection title={t('summary.sections.household')} testId="summary-household" items={item.household ?? []} empty={t('page.household.none')}>
          {(member) => (
            <>
              <bdi>{`${member.firstName} ${member.lastName}`}</bdi>
              {` · ${t(`relation.${member.relation}`)} · ${day(member.dateOfBirth)} · ${member.travels ? t('summary.travels') : t('summary.staysBehind')}`}
            </>
          )}
        </ListSection>

        <Section title={t('summary.sections.destination')} testId="summary-destination">
          <dl>
            <Row label={t('summary.fields.destination')}>{t('page.destination', { place: item.destinationPlace, country: format.country(item.destinationCountry) })}</Row>
            <Row label={t('summary.fields.plannedDeparture')}>{day(item.plannedDeparture)}</Row>
            <Row label={t('summary.fields.actualDeparture')}>{day(item.actualDeparture)}</Row>
            <Row label={t('summary.fields.status')}>{t(`status.${item.status}`)}{item.closureReason && ` · ${t(`closureReason.${item.closureReason}`)}`}</Row>
            <Row label={t('summary.fields.responsible')}><PersonName named={item.responsibleCaseworker} /></Row>
            {item.supportGranted && <Row label={t('summary.fields.support')}>{format.money(item.supportGranted.amountMinor, item.supportGranted.currency)}</Row>}
          </dl>
        </Section>

        <ListSection title={t('summary.sections.statusHistory')} testId="summary-status-history" items={item.statusHistory} empty={t('history.empty')}>
          {(change) => (
            <>
              {t('summary.statusChange', {
                date: format.date(change.changedAt),
                from: change.from ? t(`status.${change.from}`) : '—',
                to: t(`status.${change.to}`),
                name: change.changedBy ? names.text(change.changedBy) : isolate(t('history.system')),
              })}
              {change.closureReason && ` · ${t(`closureReason.${change.closureReason}`)}`}
            </>
          )}
        </ListSection>

        <ListSection title={t('summary.sections.consents')} testId="summary-consents" items={item.consents} empty={t('consents.empty')}>
          {(consent) => (
            <>
              {t('summary.consentLine', {
                partner: names.text(consent.partner),
                sections: format.list(consent.sections.map((section) => labels.section(section))),
                date: day(consent.givenOn),
              })}
              {consent.withdrawnAt && ` · ${t('summary.withdrawnOn', { date: format.date(consent.withdrawnAt) })}`}
            </>
          )}
        </ListSection>

        <ListSection title={t('summary.sections.referrals')} testId="summary-referrals" items={item.referrals} empty={t('referrals.empty')}>
          {(referral) =>
            t('summary.referralLine', {
              partner: names.text(referral.to),
              date: format.date(referral.sentAt),
              status: labels.status(referral.status),
              sections: format.list(referral.sections.map((section) => labels.section(section))),
            })
          }
        </ListSection>

        <Section title={t('summary.sections.followUp')} testId="summary-follow-up">
          {!followUp ? (
            <Text size="sm">{t('summary.noFollowUp')}</Text>
          ) : (
            <>
              <Text size="sm">{t('summary.followUpBy', { partner: names.text(followUp.partner) })}</Text>
              <Title order={4}>{t('summary.arrival')}</Title>
              <Text size="sm" data-testid="summary-arrival">
                {followUp.arrival ? t('summary.arrivedOn', { date: day(followUp.arrival.arrivedOn) }) : t('summary.notArrived')}
              </Text>
              {followUp.arrival?.notes && (
                <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                  {followUp.arrival.notes}
                </Text>
              )}

              <Title order={4}>{t('summary.assessments')}</Title>
              <EntryList items={followUp.assessments} empty={t('summary.none')}>
                {(assessment) => (
                  <>
                    {t('summary.assessmentLine', {
                      date: day(assessment.assessedOn),
                      economic: format.number(assessment.scores.economic),
                      social: format.number(assessment.scores.social),
                      psychosocial: format.number(assessment.scores.psychosocial),
                      overall: format.number(assessment.scores.overall),
                    })}
                  </>
                )}
              </EntryList>

              <Title order={4}>{t('summary.plan')}</Title>
              {!followUp.plan ? (
                <Text size="sm">{t('summary.noPlan')}</Text>
              ) : (
                <>
                  {followUp.plan.budget && <Text size="sm">{t('summary.budget', { amount: format.money(followUp.plan.budget.amountMinor, followUp.plan.budget.currency) })}</Text>}
                  <ul data-testid="summary-plan">
                    {followUp.plan.goals.map((goal) => (
                      <li key={goal.id} className="case-summary-entry">
                        {`${t(`followUp:domains.${goal.domain}`)} · ${t(`followUp:goalStatuses.${goal.status}`)}`}
                        {goal.targetDate && ` · ${day(goal.targetDate)}`}
                        {': '}
                        <bdi>{goal.description}</bdi>
                      </li>
                    ))}
                  </ul>
                </>
              )}

              <Title order={4}>{t('summary.visits')}</Title>
              <EntryList items={followUp.visits} empty={t('summary.none')} testId="summary-visits">
                {(visit) => (
                  <>
                    {`${day(visit.visitedOn)} · ${t(`followUp:visitModes.${visit.mode}`)}`}
                    {visit.domainStatuses.length > 0 &&
                      ` · ${format.list(visit.domainStatuses.map((entry) => `${t(`followUp:domains.${entry.domain}`)}: ${t(`followUp:domainStatuses.${entry.status}`)}`))}`}
                    {visit.narrative && (
                      <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
                        {visit.narrative}
                      </Text>
                    )}
                  </>
                )}
              </EntryList>
            </>
          )}
        </Section>
      </Paper>
    </Stack>
  );
}

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section className="case-summary-section" data-testid={testId}>
      <Title order={3}>{title}</Title>
      {children}
    </section>
  );
}

/** A section of one line per entry, each kept whole on paper; a sentence when there is none. */
function ListSection<Entry extends { id: string }>({ title, testId, ...list }: { title: string; testId: string } & EntryListProps<Entry>) {
  return (
    <Section title={title} testId={testId}>
      <EntryList {...list} />
    </Section>
  );
}

interface EntryListProps<Entry> {
  items: readonly Entry[];
  empty: string;
  testId?: string;
  children: (entry: Entry) => ReactNode;
}

/** One line per entry, each kept whole on paper; a sentence when there is none. */
function EntryList<Entry extends { id: string }>({ items, empty, testId, children }: EntryListProps<Entry>) {
  if (items.length === 0) return <Text size="sm">{empty}</Text>;
  return (
    <ul data-testid={testId}>
      {items.map((entry) => (
        <li key={entry.id} className="case-summary-entry">
          {children(entry)}
        </li>
      ))}
    </ul>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}
