import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { optionsOf } from '../../components/select-data';

type NameSelectProps = { items: readonly { id: string; name: string }[] } & Omit<SelectProps, 'data' | 'searchable' | 'nothingFoundMessage'>;

/** A searchable choice of a caseworker or a partner organisation, by name. */
export function NameSelect({ items, ...props }: NameSelectProps) {
  const { t } = useTranslation('cases');
  return <Select searchable data={optionsOf(items)} nothingFoundMessage={t('common.nothingFound')} {...props} />;
}
