import './agreement-styles';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { DetailList } from '../../components/detail-list';
import { useState } from 'react';
import { useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { DataTable } from '../../components/data-table';
import { Icon } from '../../components/icon';
import { NoticeAlert } from '../../components/notice-alert';
import { useNoticeDialog } from '../../components/use-notice-dialog';
import { useDocumentTitle } from '../../components/use-document-title';
import { useCurrentUser } from '../../core/auth/session-context';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { AgreementDetailFragment } from '../../gql/graphql';
import { agreementQuery } from './agreement-operations';
import { AgreementScopeBadges } from './agreement-scope-badges';
import { AgreementStatusBadge } from './agreement-status-badge';
import { ConfirmAgreementModal } from './confirm-agreement-modal';
import { TerminateAgreementModal } from './terminate-agreement-modal';
import { useAgreementsTranslation } from './use-agreements-translation';
import { HintText } from '../../components/hint-text';
import { PersonName, useReadableNames } from '../../components/person-name';
import { DetailFallback } from '../../components/detail-fallback';

/** One agreement: its terms, who has confirmed it, and what the viewer may do with it. */
export function AgreementPage() {
  const { agreementId = '' } = useParams();
  const { t } = useAgreementsTranslation();
  const { data, loading, error, refetch } = useQuery(agreementQuery, { variables: { id: agreementId } });
  const agreement = data?.agreement;
  useDocumentTitle(agreement?.title ?? t('list.title'));

  if (agreement) return <AgreementDetail agreement={agreement} />;
  return <DetailFallback namespace="agreements" backTo="/agreements" query={{ error, loading, refetch }} loadingTestId="agreements-loading" />;
}

function AgreementDetail({ agreement }: { agreement: AgreementDetailFragment }) {
  const { t } = useAgreementsTranslation();
  const format = useFormatters();
  const me = useCurrentUser();
  const names = useReadableNames();
  const [notice, setNotice] = useState<string | null>(null);
  const confirming = useNoticeDialog(setNotice);
  const terminating = useNoticeDialog(setNotice);

  return (
    <Stack gap="lg" maw={1080}>
      <BackLink to="/agreements">{t('detail.back')}</BackLink>
      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6}>
          <Title order={1} size="h2">
            {agreement.title}
          </Title>
          <Group gap="sm">
            <AgreementStatusBadge status={agreement.status} size="lg" />
            <HintText>{t(`statusExplanations.${agreement.status}`)}</HintText>
          </Group>
        </Stack>
        {(agreement.viewerCanConfirm || agreement.viewerCanTerminate) && (
          <Group gap="sm" data-testid="agreement-actions">
            {agreement.viewerCanConfirm && (
              <Button onClick={() => confirming.open(true)} leftSection={<Icon name="shield" size={16} />}>
                {t('confirm.open')}
              </Button>
            )}
            {agreement.viewerCanTerminate && (
              <Button variant="light" color="red" onClick={() => terminating.open(true)}>
                {t('terminate.open')}
              </Button>
            )}
          </Group>
        )}
      </Group>

      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />

      <Card withBorder radius="md" padding="lg">
        <DetailList
          labelWidth={220}
          rows={[
            {
              label: t('detail.referenceNumber'),
              value: (
                <Text span dir="ltr">
                  {agreement.referenceNumber}
                </Text>
              ),
            },
            { label: t('detail.scopes'), value: <AgreementScopeBadges scopes={agreement.scopes} /> },
            { label: t('detail.validity'), value: format.dayRange(agreement.validFrom, agreement.validTo), testId: 'agreement-validity' },
            { label: t('detail.responseTime'), value: t('responseTime', { count: agreement.responseTimeDays }) },
            { label: t('detail.proposed'), value: t('detail.proposedBy', { organisation: names.label(agreement.proposedBy), date: format.date(agreement.createdAt) }) },
          ]}
        />
      </Card>

      <Card withBorder radius="md" padding={0} component="section" aria-labelledby="agreement-parties-title">
        <Title order={2} size="h4" p="lg" pb="xs" id="agreement-parties-title">
          {t('detail.parties')}
        </Title>
        <DataTable
          minWidth={560}
          verticalSpacing="sm"
          aria-labelledby="agreement-parties-title"
          columns={[t('detail.party'), t('detail.country'), t('detail.confirmation')]}
        >
          {agreement.parties.map((party) => (
            <Table.Tr key={party.organisation.id} data-testid="agreement-party">
              <Table.Td><PersonName named={party.organisation} /></Table.Td>
              <Table.Td>{format.country(party.organisation.country)}</Table.Td>
              <Table.Td>
                {party.confirmedAt ? (
                  <Text size="sm" c="teal.8" data-confirmed="true">
                    {t('detail.confirmedOn', { date: format.date(party.confirmedAt) })}
                  </Text>
                ) : (
                  <Text size="sm" c="orange.8">
                    {t('detail.notConfirmed')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </Card>

      {agreement.terminatedAt && (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="agreement-termination-title" data-testid="agreement-termination">
          <Title order={2} size="h4" mb="sm" id="agreement-termination-title">
            {t('detail.termination')}
          </Title>
          <Text size="sm">
            {t('detail.terminatedBy', { organisation: agreement.terminatedBy ? names.label(agreement.terminatedBy) : '—', date: format.date(agreement.terminatedAt) })}
          </Text>
          {agreement.terminationReason && (
            <Text size="sm" mt="xs">
              <Text span fw={600}>
                {t('detail.terminationReason')}:
              </Text>{' '}
              {agreement.terminationReason}
            </Text>
          )}
        </Card>
      )}

      <ConfirmAgreementModal
        agreement={agreement}
        organisationName={names.label(me.organisation)}
        opened={confirming.opened}
        onClose={confirming.close}
        onConfirmed={confirming.done((confirmed) => t('confirm.done', { reference: confirmed.referenceNumber }))}
      />
      <TerminateAgreementModal
        agreement={agreement}
        opened={terminating.opened}
        onClose={terminating.close}
        onTerminated={terminating.done((terminated) => t('terminate.done', { reference: terminated.referenceNumber }))}
      />
    </Stack>
  );
}
