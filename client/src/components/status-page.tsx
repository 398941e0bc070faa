import { Button, Center, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface StatusPageProps {
  title: string;
  description: string;
  /** A link back to safety; none when the page offers its own action. */
  homeLabel?: string;
  children?: ReactNode;
}

/** A full-width message: not found, not allowed, something broke. */
export function StatusPage({ title, description, homeLabel, children }: StatusPageProps) {
  return (
    <Center mih="50vh" p="md">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{description}</Text>
        {homeLabel && (
          <Button component={Link} to="/" variant="light" mt="sm">
            {homeLabel}
          </Button>
        )}
        {children}
      </Stack>
    </Center>
  );
}
