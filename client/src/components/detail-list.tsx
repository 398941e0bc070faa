import { DataList } from '@mantine/core';
import type { ReactNode } from 'react';

export interface DetailRow {
  label: string;
  value: ReactNode;
  /** The language the value is written in, when it is not the interface's. */
  lang?: string;
  testId?: string;
}

/** Label-value rows of a record, a long value wrapping rather than widening the page. */
export function DetailList({ rows, labelWidth }: { rows: DetailRow[]; labelWidth: number }) {
  return (
    <DataList withDivider labelWidth={labelWidth} styles={{ itemValue: { minWidth: 0, overflowWrap: 'anywhere' } }}>
      {rows.map((row) => (
        <DataList.Item key={row.label}>
          <DataList.ItemLabel>{row.label}</DataList.ItemLabel>
          <DataList.ItemValue lang={row.lang} data-testid={row.testId}>
            {row.value}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
