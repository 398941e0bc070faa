import { Button, Group, SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { FilterFold } from './filter-fold';

interface ListFiltersProps {
  /** The search form's name for a screen reader, already translated. */
  label: string;
  /** How many of the folded filters are set (said on the fold's button on a phone). */
  activeCount: number;
  /** Columns on a wide screen. */
  columns?: number;
  /** A field that stays in view on a phone (the search text); the rest folds behind one button. */
  search?: ReactNode;
  /** A "clear the filters" button, shown when given. */
  clear?: { label: string; onClear: () => void; testId?: string } | false;
  /** The filter fields. */
  children: ReactNode;
}

/** The filter form above a list: a grid of fields that folds on a phone, and a way to clear them. */
export function ListFilters({ label, activeCount, columns = 3, search, clear, children }: ListFiltersProps) {
  return (
    <form role="search" aria-label={label} onSubmit={(event) => event.preventDefault()}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: columns }} spacing="md" p="md">
        {search}
        <FilterFold activeCount={activeCount}>{children}</FilterFold>
      </SimpleGrid>
      {clear && (
        <Group px="md" pb="md" justify="flex-end">
          <Button variant="subtle" size="xs" onClick={clear.onClear} data-testid={clear.testId}>
            {clear.label}
          </Button>
        </Group>
      )}
    </form>
  );
}
