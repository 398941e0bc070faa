import { Skeleton, Stack } from '@mantine/core';

interface ListLoadingProps {
  /** What is loading, for screen readers. */
  label: string;
  rows?: number;
  /** The height of one placeholder row, close to the row it stands for. */
  height?: number;
  testId?: string;
}

/** Placeholder rows while a list is on its way. */
export function ListLoading({ label, rows = 5, height = 44, testId }: ListLoadingProps) {
  return (
    <Stack p="md" gap="sm" role="status" aria-busy="true" aria-label={label} data-testid={testId}>
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} h={height} radius="sm" />
      ))}
    </Stack>
  );
}
