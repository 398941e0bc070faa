import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function UsersLoading() {
  const { t } = useTranslation();
  return (
    <Stack p="md" gap="sm" role="status" aria-busy="true" aria-label={t('users.loading')}>
      {Array.from({ length: 5 }, (_, index) => (
        <Skeleton key={index} h={44} radius="sm" />
      ))}
    </Stack>
  );
}
