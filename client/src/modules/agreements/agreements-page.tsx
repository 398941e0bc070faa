import './agreement-styles';
import { Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { FormDialog } from '../../components/form-dialog';
import { Icon } from '../../components/icon';
import { ListLoading } from '../../components/list-loading';
import { NoticeAlert } from '../../components/notice-alert';
import { useNoticeDialog } from '../../components/use-notice-dialog';
import { PageHeader } from '../../components/page-header';
import { PagedList } from '../../components/paged-list';
import { useDocumentTitle } from '../../components/use-document-title';
import { usePagedQuery } from '../../components/use-paged-query';
import { hasRole } from '../../core/auth/permissions';
import { useCurrentUser } from '../../core/auth/session-context';
import { useFormatters } from '../../core/i18n/use-formatters';
import { Role } from '../../gql/graphql';
import { agreementPageSize, agreementsQuery } from './agreement-operations';
import { AgreementsEmptyState } from './agreements-empty-state';
import { AgreementsTable } from './agreements-table';
import { ProposeAgreementForm } from './propose-agreement-form';
import { useAgreementsTranslation } from './use-agreements-translation';
import { useReadableNames } from '../../components/person-name';

/** Every signed-in person: the organisation's cooperation agreements. Coordinators propose new ones. */
export function AgreementsPage() {
  const { t } = useAgreementsTranslation();
  const format = useFormatters();
  const names = useReadableNames();
  const me = useCurrentUser();
  const coordinator = hasRole(me, Role.Coordinator);
  useDocumentTitle(t('list.title'));
  const [notice, setNotice] = useState<string | null>(null);
  const proposing = useNoticeDialog(setNotice);

  const list = usePagedQuery(agreementsQuery, (data) => data.agreements, { variables: { first: agreementPageSize } });

  return (
    <Stack gap="lg" maw={1280}>
      <PageHeader
        title={t('list.title')}
        intro={t('list.intro', { organisation: names.short(me.organisation) })}
        maw={760}
        actions={
          coordinator && (
            <Button leftSection={<Icon name="plus" size={16} />} onClick={() => proposing.open(true)}>
              {t('propose.open')}
            </Button>
          )
        }
      />
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <PagedList
        list={list}
        loadFailedTitle={t('list.loadFailed')}
        loading={{ view: <ListLoading label={t('list.loading')} rows={4} height={52} testId="agreements-loading" /> }}
        emptyView={<AgreementsEmptyState onPropose={coordinator ? () => proposing.open(true) : undefined} />}
        summary={(shown, total) => t('list.showing', { shown: format.number(shown), count: total, total: format.number(total) })}
        loadMoreLabel={t('list.loadMore')}
      >
        {(agreements) => <AgreementsTable agreements={agreements} />}
      </PagedList>

      {coordinator && (
        <FormDialog opened={proposing.opened} onClose={proposing.close} title={t('propose.dialogTitle')} size="xl">
          <ProposeAgreementForm
            ownOrganisationId={me.organisation.id}
            onCancel={proposing.close}
            onProposed={proposing.done((agreement) => t('propose.done', { reference: agreement.referenceNumber }))}
          />
        </FormDialog>
      )}
    </Stack>
  );
}
