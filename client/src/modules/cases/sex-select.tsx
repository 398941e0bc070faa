import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { withChoice } from '../../components/select-data';
import { sexes } from './case-form-values';

/** A person's sex (the returnee's, a household member's): required, "choose" until chosen. */
export function SexSelect(props: Omit<NativeSelectProps, 'label' | 'required' | 'data'>) {
  const { t } = useTranslation('cases');
  return <NativeSelect label={t('form.returnee.sex')} required {...props} data={withChoice(t('form.choose'), sexes, (sex) => t(`sex.${sex}`))} />;
}
