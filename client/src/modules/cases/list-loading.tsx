import { Skeleton, Stack } from '@mantine/core';

/** Placeholder rows while a list is on its way; `label` says what is loading. */
export function ListLoading({ label, rows = 5, height = 44 }: { label: string; rows?: number; height?: number }) {
  return (
    <Stack p="md" gap="sm" role="status" aria-busy="true" aria-label={label}>
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} h={height} radius="sm" />
      ))}
    </Stack>
  );
}
