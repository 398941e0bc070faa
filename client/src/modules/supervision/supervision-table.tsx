import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ListTable } from '../../components/data-table';
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
  return (
    <ListTable
      minWidth={760}
      caption={t('list.caption')}
      columns={[t('list.heldOn'), t('list.with'), t('list.mode'), t('list.topics'), t('list.openActions')]}
    >
      {sessions.map((session) => {
        const other = session.organisation.id === organisationId ? session.partner : session.organisation;
        const open = session.actions.filter((action) => !action.done);
        const overdue = open.filter((action) => action.overdue).length;
        return (
          <Table.Tr key={session.id} data-testid="supervision-row" data-session-id={session.id}>
            <Table.Td>
              <Anchor component={Link} to={`/supervision/${session.id}`} fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
                {format.day(session.heldOn) ?? String(session.heldOn)}
              </Anchor>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{other.name}</Text>
            </Table.Td>
            <Table.Td>
              <SupervisionModeBadge mode={session.mode} />
            </Table.Td>
            <Table.Td>
              {session.topics.length > 0 ? (
                <TopicBadges topics={session.topics} />
              ) : (
                <HintText>{t('list.noTopics')}</HintText>
              )}
            </Table.Td>
            <Table.Td>
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
            </Table.Td>
          </Table.Tr>
        );
      })}
    </ListTable>
  );
}
