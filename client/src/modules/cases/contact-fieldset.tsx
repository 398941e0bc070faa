import { Fieldset, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { pathFields } from '../../components/path-fields';
import type { CaseFormPartProps } from './case-form-values';

export const ContactFieldset = memo(function ContactFieldset({ value, errors, onChange }: CaseFormPartProps<'contact'>) {
  const { t } = useTranslation('cases');
  const field = pathFields('contact', value, errors, onChange);
  return (
    <Fieldset legend={t('form.contact.legend')} radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput type="tel" dir="ltr" label={t('form.contact.phone')} autoComplete="off" {...field('phone')} />
        <TextInput type="email" dir="ltr" label={t('form.contact.email')} autoComplete="off" {...field('email')} />
        <TextInput label={t('form.contact.addressInSweden')} autoComplete="off" {...field('addressInSweden')} />
        <Textarea label={t('form.contact.notes')} rows={1} {...field('notes')} />
      </SimpleGrid>
    </Fieldset>
  );
});
