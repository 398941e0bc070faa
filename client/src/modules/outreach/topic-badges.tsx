import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutreachTopic } from '../../gql/graphql';

/** An activity's topics, one badge each, in the reader's language. */
export function TopicBadges({ topics }: { topics: readonly OutreachTopic[] }) {
  const { t } = useTranslation('outreach');
  return (
    <Group gap={4}>
      {topics.map((topic) => (
        <Badge key={topic} variant="light" radius="sm" tt="none">
          {t(`topics.${topic}`)}
        </Badge>
      ))}
    </Group>
  );
}
