import { Anchor, Badge, Group, Text } from '@mantine/core';
import { PersonName } from '../../components/person-name';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable, type ListColumn } from '../../components/data-table';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { SupervisionListItemFragment } from '../../gql/graphql';
import { SupervisionModeBadge } from './supervision-mode-badge';
import { TopicBadges } from './topic-badges';
import { HintText } from '../../components/hint-text';

interface SupervisionTableProps {
  sessions: readonly SupervisionListItemFragment[];
  /** The viewer's organisation: a row names the other side of the session. */
  organisationId: string;
}

/** Sessions, newest first (as the server sends them). */
export function SupervisionTable({ sessions, organisationId }: SupervisionTableProps) {
  const { t } = useTranslation('supervision');
  const format = useFormatters();
  const columns: ListColumn<SupervisionListItemFragment>[] = [
    {
      label: t('list.heldOn'),
      cell: (session) => (
        <Anchor component={Link} to={`/supervision/${session.id}`} fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {format.day(session.heldOn) ?? String(session.heldOn)}
        </Anchor>
      ),
    },
    {
      label: t('list.with'),
      cell: (session) => <Text size="sm"><PersonName named={session.organisation.id === organisationId ? session.partner : session.organisation} /></Text>,
    },
    { label: t('list.mode'), cell: (session) => <SupervisionModeBadge mode={session.mode} /> },
    {
      label: t('list.topics'),
      cell: (session) => (session.topics.length > 0 ? <TopicBadges topics={session.topics} /> : <HintText>{t('list.noTopics')}</HintText>),
    },
    {
      label: t('list.openActions'),
      cell: (session) => {
        const open = session.actions.filter((action) => !action.done);
        const overdue = open.filter((action) => action.overdue).length;
        return (
          <Group gap={6} wrap="nowrap">
            <Text size="sm" data-testid="open-actions">
              {t('list.openActionCount', { count: open.length })}
            </Text>
            {overdue > 0 && (
              <Badge color="red" variant="light" radius="sm" tt="none">
                {t('actions.overdueCount', { count: overdue })}
              </Badge>
            )}
          </Group>
        );
      },
    },
  ];
  return (
    <ListTable minWidth={760} caption={t('list.caption')} items={sessions} columns={columns} rowTestId="supervision-row" idAttribute="data-session-id" />
  );
}
