import { Badge, Group } from '@mantine/core';

export function TopicBadges({ topics }: { topics: readonly string[] }) {
  if (topics.length === 0) return null;
  return (
    <Group gap={4} data-testid="supervision-topics">
      {topics.map((topic) => (
        <Badge key={topic} variant="outline" color="gray" radius="sm" tt="none" fw={500} dir="auto">
          {topic}
        </Badge>
      ))}
    </Group>
  );
}
