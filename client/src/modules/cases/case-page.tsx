import './case-form-styles';
import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Card.css';
import '@mantine/core/styles/Code.css';
import '@mantine/core/styles/DataList.css';
import '@mantine/core/styles/Grid.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/Radio.css';
import '@mantine/core/styles/RadioIndicator.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/ThemeIcon.css';
import '@mantine/core/styles/Timeline.css';
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Grid, Group, Skeleton, Stack } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { Icon } from '../../components/icon';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { NoticeAlert } from '../../components/notice-alert';
import { useNoticeDialog } from '../../components/use-notice-dialog';
import { StatusPage } from '../../components/status-page';
import { useDocumentTitle } from '../../components/use-document-title';
import { ErrorCode, hasErrorCode } from '../../core/apollo/graphql-errors';
import { useCurrentUser } from '../../core/auth/session-context';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { ReferralAction } from '../../gql/graphql';
import { CaseMessagesCard } from '../messages/case-messages-card';
import { AuditTrailCard } from './audit-trail-card';
import { CaseHeader } from './case-header';
import { CaseSourceCard } from './case-source-card';
import { caseQuery } from './case-operations';
import { canReadAuditTrail, canWorkOnCases } from '../../core/auth/permissions';
import { CaseStatusActions } from './case-status-actions';
import { caseworkersQuery, referralPartnersQuery } from './cases-operations';
import { ConsentsCard } from './consents-card';
import { EditCaseModal } from './edit-case-modal';
import { ContactCard, HealthCard, HouseholdCard, NeedsCard, ReturneeCard } from './person-cards';
import { ReferralsCard } from './referrals-card';
import { StatusHistoryCard } from './status-history-card';
import { useReadableNames } from '../../components/person-name';

// Follow-up begins when a partner accepts a referral (and stays readable for the owner after it
// ends); its forms load only for such cases.
const FollowUpSection = lazy(() => import('../follow-up/follow-up-section').then((module) => ({ default: module.FollowUpSection })));

/** One case: who, where to, consent, referrals, history; owner-only actions for the owning office. */
export function CasePage() {
  const { t } = useTranslation(['cases', 'common']);
  const names = useReadableNames();
  const errorMessage = useErrorMessage();
  const user = useCurrentUser();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: string } | null)?.created;
  const [notice, setNotice] = useState<string | null>(created ? t('new.done', { number: created }) : null);
  const editing = useNoticeDialog(setNotice);
  // The partner has just accepted the referral here: the follow-up says so and leads to its next step.
  const [accepted, setAccepted] = useState(false);

  const { data, loading, error, refetch } = useQuery(caseQuery, { variables: { id } });
  const item = data?.case;
  const owner = item?.viewerIsOwner ?? false;
  const works = owner && canWorkOnCases(user);
  const { data: partnersData } = useQuery(referralPartnersQuery, { skip: !owner });
  const { data: caseworkersData } = useQuery(caseworkersQuery, { skip: !works || !editing.opened });
  useDocumentTitle(item ? item.number : t('page.title'));

  const reload = () => refetch();
  const partners = partnersData?.referralPartners ?? [];

  if (error && !item) {
    if (hasErrorCode(error, ErrorCode.NotFound) || hasErrorCode(error, ErrorCode.Forbidden)) {
      return (
        <StatusPage title={t('page.notFoundTitle')} description={errorMessage(error)}>
          <Button component={Link} to="/cases" variant="light" mt="sm">
            {t('page.backToList')}
          </Button>
        </StatusPage>
      );
    }
    return (
      <LoadFailedAlert title={t('page.loadFailed')} error={error} onRetry={refetch} maw={720} />
    );
  }

  if (!item) {
    return loading ? (
      <Stack gap="lg" maw={1280} role="status" aria-busy="true" aria-label={t('page.loading')}>
        <Skeleton h={36} w="60%" radius="sm" />
        <Skeleton h={20} w="40%" radius="sm" />
        <Grid>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <Skeleton h={280} radius="md" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Skeleton h={280} radius="md" />
          </Grid.Col>
        </Grid>
      </Stack>
    ) : null;
  }

  return (
    <Stack gap="lg" maw={1280}>
      <Stack gap="xs">
        <BackLink to={owner ? '/cases' : '/referrals'}>{owner ? t('page.backToList') : t('page.backToReferred')}</BackLink>
        <CaseHeader item={item} />
      </Stack>

      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />

      {works && (
        <Group gap="sm" justify="space-between" data-testid="owner-actions">
          <CaseStatusActions item={item} onReload={reload} />
          <Button variant="default" onClick={() => editing.open(true)} data-testid="edit-case">
            {t('edit.open')}
          </Button>
        </Group>
      )}
      {!owner && (
        <Alert color="blue" variant="light" icon={<Icon name="shield" />} data-testid="partner-view-note">
          {t('page.partnerView', { organisation: names.text(item.organisation) })}
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="lg">
            <ReturneeCard item={item} />
            <ContactCard item={item} />
            <HouseholdCard item={item} />
            <NeedsCard item={item} />
            <HealthCard item={item} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="lg">
            {owner && <CaseSourceCard item={item} />}
            {owner && <ConsentsCard item={item} partners={partners} canChange={works} onChanged={reload} />}
            <ReferralsCard
              item={item}
              partners={partners}
              canSend={works}
              onChanged={reload}
              onAnswered={(action) => setAccepted(action === ReferralAction.Accept)}
            />
            {item.referrals.length > 0 && <CaseMessagesCard caseId={item.id} referrals={item.referrals} viewerIsOwner={owner} />}
            <StatusHistoryCard item={item} />
          </Stack>
        </Grid.Col>
      </Grid>

      {item.referrals.some((referral) => referral.respondedAt && referral.status !== 'DECLINED') && (
        <Suspense fallback={<Skeleton h={160} radius="md" />}>
          <FollowUpSection caseId={item.id} accepted={accepted} onNoticeClose={() => setAccepted(false)} />
        </Suspense>
      )}

      {owner && canReadAuditTrail(user) && <AuditTrailCard caseId={item.id} />}

      {works && (
        <EditCaseModal
          item={item}
          opened={editing.opened}
          caseworkers={caseworkersData?.caseworkers ?? [item.responsibleCaseworker]}
          onClose={editing.close}
          onSaved={editing.done(() => t('edit.done'))}
          onReload={reload}
        />
      )}
    </Stack>
  );
}
