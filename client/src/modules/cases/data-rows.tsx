import { DataList, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface DataRow {
  label: string;
  value: ReactNode;
  /** For values written left to right in any language: numbers, e-mail, phone. */
  ltr?: boolean;
}

/** Label-value rows; an empty value reads "not given" rather than leaving a hole. */
export function DataRows({ rows }: { rows: DataRow[] }) {
  const { t } = useTranslation('cases');
  return (
    <DataList withDivider labelWidth={170} styles={{ itemValue: { minWidth: 0, overflowWrap: 'anywhere', whiteSpace: 'pre-line' } }}>
      {rows.map((row) => (
        <DataList.Item key={row.label}>
          <DataList.ItemLabel>{row.label}</DataList.ItemLabel>
          <DataList.ItemValue>
            {row.value === null || row.value === undefined || row.value === '' ? (
              <Text span inherit c="dimmed">
                {t('page.notGiven')}
              </Text>
            ) : row.ltr ? (
              <Text span inherit dir="ltr">
                {row.value}
              </Text>
            ) : (
              row.value
            )}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
