import './supervision-styles';
import { useQuery } from '@apollo/client/react';
import { Alert, Grid, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { BackLink } from '../../components/back-link';
import { useReadableNames } from '../../components/person-name';
import { PageHeader } from '../../components/page-header';
import { RecordFallback } from '../../components/record-fallback';
import { useDocumentTitle } from '../../components/use-document-title';
import { useFormatters } from '../../core/i18n/use-formatters';
import { ActionsCard } from './actions-card';
import { CommentsCard } from './comments-card';
import { NotesCard } from './notes-card';
import { LinkedCasesCard, ParticipantsCard } from './people-cards';
import { SupervisionModeBadge } from './supervision-mode-badge';
import { supervisionSessionQuery } from './supervision-operations';
import { TopicBadges } from './topic-badges';

/** One supervision session, as both organisations read it. */
export function SupervisionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('supervision');
  const names = useReadableNames();
  const format = useFormatters();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;

  const { data, loading, error, refetch } = useQuery(supervisionSessionQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const session = data?.supervisionSession;
  useDocumentTitle(session ? t('page.title', { date: format.day(session.heldOn) ?? String(session.heldOn) }) : t('list.title'));

  const back = <BackLink to="/supervision">{t('page.backToList')}</BackLink>;

  if (!session) {
    return <RecordFallback back={back} query={{ error, loading, refetch }} namespace="supervision" maw={1280} cardHeights={[160, 240]} />;
  }

  return (
    <Stack gap="lg" maw={1280} data-testid="supervision-page">
      <PageHeader
        gap={6}
        back={back}
        title={t('page.title', { date: format.day(session.heldOn) ?? String(session.heldOn) })}
        intro={t('page.between', { organisation: names.text(session.organisation), partner: names.text(session.partner) })}
      >
        <Group gap="sm">
          <SupervisionModeBadge mode={session.mode} />
          <TopicBadges topics={session.topics} />
        </Group>
        <Text size="xs" c="dimmed">
          {t('page.recordedBy', { name: names.text(session.createdBy), time: format.dateTime(session.createdAt) })}
        </Text>
      </PageHeader>

      {created && (
        <Alert color="teal" variant="light" role="status">
          {t('new.done')}
        </Alert>
      )}

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <NotesCard
              session={session}
              onReload={async () => {
                const { data: latest } = await refetch();
                return latest?.supervisionSession.version;
              }}
            />
            <ActionsCard session={session} />
            <CommentsCard session={session} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="lg">
            <ParticipantsCard session={session} />
            <LinkedCasesCard session={session} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
