import { AccordionChevron, Group, Paper, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useId, useState, type ReactNode, type Ref } from 'react';

interface FollowUpPartProps {
  title: string;
  /** One line that says where this part stands ("2 visits, the latest on 12 Jun"), shown open or closed. */
  summary: ReactNode;
  /** Next to the summary: a badge that must be seen even when the part is closed. */
  aside?: ReactNode;
  opened: boolean;
  onToggle: () => void;
  testId: string;
  /** The disclosure button: the section moves the focus to the next step with it. */
  toggleRef?: Ref<HTMLButtonElement>;
  children: ReactNode;
}

/**
 * One part of the follow-up (arrival, plan, visits, assessment): a region named by its title,
 * whose heading is a disclosure button (aria-expanded, aria-controls) over its content. The
 * content is made only when first opened, then kept while closed so that nothing typed is lost.
 */
export function FollowUpPart({ title, summary, aside, opened, onToggle, testId, toggleRef, children }: FollowUpPartProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const panelId = `${id}-panel`;
  const [made, setMade] = useState(opened);
  if (opened && !made) setMade(true);

  return (
    <Paper withBorder radius="md" component="section" aria-labelledby={titleId} data-testid={testId} data-opened={opened || undefined}>
      <Title order={3} size="h5" m={0}>
        <UnstyledButton
          ref={toggleRef}
          aria-expanded={opened}
          aria-controls={panelId}
          onClick={onToggle}
          data-testid={`${testId}-toggle`}
          w="100%"
          p="md"
          style={{ borderRadius: 'var(--mantine-radius-md)', scrollMarginTop: 'calc(var(--app-shell-header-height, 64px) + var(--mantine-spacing-md))' }}
        >
          <Group justify="space-between" gap="sm" wrap="nowrap" align="center">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <span id={titleId}>{title}</span>
              <Group gap="xs" wrap="wrap">
                <Text component="span" size="sm" fw={400} c="dimmed" data-testid={`${testId}-summary`}>
                  {summary}
                </Text>
                {aside}
              </Group>
            </Stack>
            <AccordionChevron
              aria-hidden
              style={{ flexShrink: 0, transition: 'transform 150ms ease', transform: opened ? 'rotate(180deg)' : undefined }}
            />
          </Group>
        </UnstyledButton>
      </Title>
      <div id={panelId} hidden={!opened} data-testid={`${testId}-panel`}>
        {made && (
          <Stack gap="md" px="md" pb="md">
            {children}
          </Stack>
        )}
      </div>
    </Paper>
  );
}
