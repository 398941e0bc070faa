import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/EmptyState.css';
import '@mantine/core/styles/ModalBase.css';
import '@mantine/core/styles/Modal.css';
import '@mantine/core/styles/Overlay.css';
import '@mantine/core/styles/ScrollArea.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Tooltip.css';
import { Anchor, Group, Stack } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ListEmptyState } from '../../components/list-empty-state';
import { ListLoading } from '../../components/list-loading';
import { NoticeAlert } from '../../components/notice-alert';
import { PageHeader } from '../../components/page-header';
import { PagedList } from '../../components/paged-list';
import { useDocumentTitle } from '../../components/use-document-title';
import type { PagedQuery } from '../../components/use-paged-query';
import { useCurrentUser } from '../../core/auth/session-context';
import { useFormatters } from '../../core/i18n/use-formatters';
import { useReadableNames } from '../../components/person-name';
import { ReferralAction, type ReferralListItemFragment } from '../../gql/graphql';
import { ReferralTable } from './referral-table';
import { useReferralsTranslation } from './use-referrals-translation';

interface ReferralListPageProps {
  /** Which list: its title, intro, caption and the sentence after an answer come from `<page>.*`. */
  page: 'inbox' | 'referred';
  list: PagedQuery<ReferralListItemFragment>;
  controls?: ReactNode;
  emptyDescription: string;
  showStatus?: boolean;
}

/** A page of referrals to the viewer's organisation (the inbox, the referred cases), answered in place. */
export function ReferralListPage({ page, list, controls, emptyDescription, showStatus }: ReferralListPageProps) {
  const { t } = useReferralsTranslation();
  const format = useFormatters();
  const names = useReadableNames();
  const me = useCurrentUser();
  useDocumentTitle(t(`${page}.title`));
  const [notice, setNotice] = useState<ReactNode>(null);
  // Accepted from a list, the row may leave it (the inbox holds what awaits an answer): the notice
  // leads on to the case, where the work now is.
  const answered = (referral: ReferralListItemFragment, action: ReferralAction) => {
    const answeredCase = referral.case;
    if (!answeredCase) return setNotice(t('list.updated'));
    if (action !== ReferralAction.Accept) return setNotice(t(`${page}.done`, { number: answeredCase.number }));
    setNotice(
      <Group gap="xs" data-testid="accepted-notice">
        <span>{t('inbox.accepted', { number: answeredCase.number })}</span>
        <Anchor component={Link} to={`/cases/${answeredCase.id}`} fw={600} data-testid="accepted-open-case">
          {t('inbox.openCase')}
        </Anchor>
      </Group>,
    );
  };

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader title={t(`${page}.title`)} intro={t(`${page}.intro`, { organisation: names.short(me.organisation) })} />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <PagedList
        list={list}
        controls={controls}
        loadFailedTitle={t(`${page}.loadFailed`)}
        loading={{ view: <ListLoading label={t('list.loading')} rows={4} height={56} testId="referrals-loading" /> }}
        emptyView={<ListEmptyState testId="referrals-empty" icon="building" title={t(`${page}.emptyTitle`)} description={emptyDescription} />}
        summary={(shown, total) => t('list.showing', { shown: format.number(shown), count: total, total: format.number(total) })}
        loadMoreLabel={t('list.loadMore')}
      >
        {(referrals) => (
          <ReferralTable
            referrals={referrals}
            caption={t(`${page}.caption`)}
            showStatus={showStatus}
            onAnswered={answered}
          />
        )}
      </PagedList>
    </Stack>
  );
}
