import '@mantine/core/styles/Badge.css';
import '@mantine/core/styles/Card.css';
import '@mantine/core/styles/DataList.css';
import '@mantine/core/styles/SimpleGrid.css';
import '@mantine/core/styles/Skeleton.css';
import '@mantine/core/styles/ThemeIcon.css';
import { useQuery } from '@apollo/client/react';
import { SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LoadFailedAlert } from '../../components/load-failed-alert';
import { useDocumentTitle } from '../../components/use-document-title';
import { inRoleSetOf } from '../../core/auth/permissions';
import { useCurrentUser } from '../../core/auth/session-context';
import { ReportsComing } from '../worklist/reports-coming';
import { Worklist } from '../worklist/worklist';
import { AccountCard } from './account-card';
import { ChangePasswordCard } from './change-password-card';
import { OrganisationCard } from './organisation-card';
import { homeProfileQuery } from './profile-operations';
import { useReadableNames } from '../../components/person-name';

/** The start page: what needs the person now (for an analyst, the reports to come), then who they are and where they work, as the server knows them. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('home.title'));
  const { data, loading, error, refetch } = useQuery(homeProfileQuery, { fetchPolicy: 'cache-and-network' });
  const me = data?.me;
  const names = useReadableNames();
  // Analysts (no role with personal data) get what is coming for them, not lists that are withheld.
  const worksWithPersonalData = inRoleSetOf(useCurrentUser(), 'PERSONAL_DATA');

  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1} size="h2">
        {me ? t('home.greeting', { name: names.short(me) }) : t('home.title')}
      </Title>

      {worksWithPersonalData ? <Worklist /> : <ReportsComing />}

      {/* Says what the cards below it show. */}
      <Text c="dimmed">{t('home.intro')}</Text>

      {error && !me && (
        <LoadFailedAlert title={t('home.loadFailed')} error={error} onRetry={refetch} />
      )}

      {me ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <AccountCard user={me} />
          <OrganisationCard organisation={me.organisation} />
          <ChangePasswordCard />
        </SimpleGrid>
      ) : (
        loading && (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" aria-busy="true" aria-label={t('common.loading')}>
            <Skeleton h={240} radius="md" />
            <Skeleton h={240} radius="md" />
          </SimpleGrid>
        )
      )}
    </Stack>
  );
}
