import { EmptyState } from '@mantine/core';
import { Icon } from '../../components/icon';

export function ReferralsEmptyState({ title, description }: { title: string; description: string }) {
  return (
    <EmptyState
      data-testid="referrals-empty"
      py="xl"
      px="md"
      icon={<Icon name="building" size={28} />}
      withIndicatorBackground
      title={title}
      description={description}
    />
  );
}
