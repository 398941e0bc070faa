import { Select, type SelectProps } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryOptions } from './use-select-options';

/** A searchable select of every country, named in the interface language (Intl.DisplayNames). */
export const CountrySelect = memo(function CountrySelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation('cases');
  const options = useCountryOptions();
  return <Select searchable data={options} nothingFoundMessage={t('common.nothingFound')} maxDropdownHeight={280} {...props} />;
});
