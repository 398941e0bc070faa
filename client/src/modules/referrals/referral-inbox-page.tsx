import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/EmptyState.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Tooltip.css';
import { Stack } from '@mantine/core';
import { useState } from 'react';
import { ForbiddenPage } from '../../app/pages/forbidden-page';
import { ListEmptyState } from '../../components/list-empty-state';
import { ListLoading } from '../../components/list-loading';
import { NoticeAlert } from '../../components/notice-alert';
import { PageHeader } from '../../components/page-header';
import { PagedList } from '../../components/paged-list';
import { useDocumentTitle } from '../../components/use-document-title';
import { usePagedQuery } from '../../components/use-paged-query';
import { useCurrentUser } from '../../core/auth/session-context';
import { useFormatters } from '../../core/i18n/use-formatters';
import { answersReferrals } from './partner-access';
import { referralInboxQuery, referralPageSize } from './referral-operations';
import { ReferralTable } from './referral-table';
import { useReferralsTranslation } from './use-referrals-translation';

/** Partner staff: referrals to their organisation that wait for an answer, oldest first. */
export function ReferralInboxPage() {
  const user = useCurrentUser();
  return answersReferrals(user) ? <ReferralInbox /> : <ForbiddenPage />;
}

function ReferralInbox() {
  const { t } = useReferralsTranslation();
  const format = useFormatters();
  const me = useCurrentUser();
  useDocumentTitle(t('inbox.title'));
  const [notice, setNotice] = useState<string | null>(null);
  const list = usePagedQuery(referralInboxQuery, (data) => data.referralInbox, { variables: { first: referralPageSize } });

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader title={t('inbox.title')} intro={t('inbox.intro', { organisation: me.organisation.name })} />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <PagedList
        list={list}
        loadFailedTitle={t('inbox.loadFailed')}
        loadingView={<ListLoading label={t('list.loading')} rows={4} height={56} testId="referrals-loading" />}
        emptyView={<ListEmptyState testId="referrals-empty" icon="building" title={t('inbox.emptyTitle')} description={t('inbox.emptyDescription')} />}
        summary={(shown, total) => t('list.showing', { shown: format.number(shown), count: total, total: format.number(total) })}
        loadMoreLabel={t('list.loadMore')}
      >
        {(referrals) => (
          <ReferralTable
            referrals={referrals}
            caption={t('inbox.caption')}
            onAnswered={(referral) => setNotice(referral.case ? t('inbox.done', { number: referral.case.number }) : t('list.updated'))}
          />
        )}
      </PagedList>
    </Stack>
  );
}
