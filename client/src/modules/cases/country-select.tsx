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

interface CountryFilterProps {
  /** In the list's own words ("Destination country", "Any country"). */
  label: string;
  placeholder: string;
  value: string | null;
  onChange: (country: string | null) => void;
  testId: string;
}

/** A list's country filter: any country until one is chosen, and cleared with one click. */
export function CountryFilter({ label, placeholder, value, onChange, testId }: CountryFilterProps) {
  return <CountrySelect label={label} placeholder={placeholder} value={value} onChange={onChange} clearable data-testid={testId} />;
}
