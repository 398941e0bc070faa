import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitcher } from '../../components/language-switcher';
import { ProductMark } from '../../components/product-mark';

/** The frame of the pages one reaches without a session (or before one may use it): as the login page. */
export function AuthPageFrame({
  title,
  intro,
  maw = 440,
  after,
  children,
}: {
  title: string;
  intro?: string;
  maw?: number;
  /** Below the card: links and notices that are not part of the form. */
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group justify="flex-end" p="md">
        <LanguageSwitcher size="sm" w={160} />
      </Group>
      <Center px="md" pb="xl">
        <Stack w="100%" maw={maw} gap="lg">
          <Stack align="center" gap={6}>
            <ProductMark size={44} />
            <Title order={1} ta="center" size="h2">
              {title}
            </Title>
            {intro && (
              <Text c="dimmed" ta="center" size="sm">
                {intro}
              </Text>
            )}
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="md">
            {children}
          </Paper>
          {after}
        </Stack>
      </Center>
    </Box>
  );
}
