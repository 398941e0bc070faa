import { Badge, Button, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { phoneQuery } from './data-table';
import { Icon } from './icon';

interface FilterFoldProps {
  /** How many of the folded filters are set: said on the button, so a folded filter is never forgotten. */
  activeCount: number;
  /** The filter fields; on a wide screen they stand where the fold is, as if it were not there. */
  children: ReactNode;
}

/** On a phone, filters fold behind one "Filters" button that says how many are active. */
export function FilterFold({ activeCount, children }: FilterFoldProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery(phoneQuery, false, { getInitialValueInEffect: false });
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  if (!phone) return <>{children}</>;
  return (
    <>
      <Button
        variant="default"
        justify="space-between"
        fullWidth
        leftSection={<Icon name="filter" size={16} />}
        rightSection={
          activeCount > 0 ? (
            <Badge size="sm" variant="filled" tt="none" data-testid="filters-active">
              {t('filterFold.active', { count: activeCount })}
            </Badge>
          ) : undefined
        }
        aria-expanded={opened}
        aria-controls={panelId}
        onClick={toggle}
        data-testid="filters-toggle"
      >
        {t('filterFold.show')}
      </Button>
      <Stack id={panelId} gap="md" hidden={!opened} display={opened ? undefined : 'none'} data-testid="filters-panel">
        {children}
      </Stack>
    </>
  );
}
