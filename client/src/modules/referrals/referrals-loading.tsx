import { Skeleton, Stack } from '@mantine/core';
import { useReferralsTranslation } from './use-referrals-translation';

export function ReferralsLoading() {
  const { t } = useReferralsTranslation();
  return (
    <Stack p="md" gap="sm" role="status" aria-busy="true" aria-label={t('list.loading')} data-testid="referrals-loading">
      {Array.from({ length: 4 }, (_, index) => (
        <Skeleton key={index} h={56} radius="sm" />
      ))}
    </Stack>
  );
}
