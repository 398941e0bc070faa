import type { NamedInScripts } from '@cirkel/i18n';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useReadableNames } from '../../components/person-name';
import { optionsOf } from '../../components/select-data';

type NameSelectProps = { items: readonly ({ id: string } & NamedInScripts)[] } & Omit<SelectProps, 'data' | 'searchable' | 'nothingFoundMessage'>;

/** A searchable choice of a caseworker or a partner organisation, by name in the reader's script (the name as written beside it). */
export function NameSelect({ items, ...props }: NameSelectProps) {
  const { t } = useTranslation('cases');
  const names = useReadableNames();
  return <Select searchable data={optionsOf(items, names.label)} nothingFoundMessage={t('common.nothingFound')} {...props} />;
}
