import { Skeleton, Stack } from '@mantine/core';

export function AgreementsLoading({ label }: { label: string }) {
  return (
    <Stack p="md" gap="sm" role="status" aria-busy="true" aria-label={label} data-testid="agreements-loading">
      {Array.from({ length: 4 }, (_, index) => (
        <Skeleton key={index} h={52} radius="sm" />
      ))}
    </Stack>
  );
}
