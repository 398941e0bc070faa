import { Fieldset, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFormErrors, CaseFormValues } from './case-form-values';

interface ContactFieldsetProps {
  value: CaseFormValues['contact'];
  errors: CaseFormErrors;
  onChange: (patch: Partial<CaseFormValues['contact']>) => void;
}

export const ContactFieldset = memo(function ContactFieldset({ value, errors, onChange }: ContactFieldsetProps) {
  const { t } = useTranslation('cases');
  return (
    <Fieldset legend={t('form.contact.legend')} radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          type="tel"
          dir="ltr"
          label={t('form.contact.phone')}
          autoComplete="off"
          value={value.phone}
          onChange={(event) => onChange({ phone: event.currentTarget.value })}
          error={errors['contact.phone']}
          data-path="contact.phone"
        />
        <TextInput
          type="email"
          dir="ltr"
          label={t('form.contact.email')}
          autoComplete="off"
          value={value.email}
          onChange={(event) => onChange({ email: event.currentTarget.value })}
          error={errors['contact.email']}
          data-path="contact.email"
        />
        <TextInput
          label={t('form.contact.addressInSweden')}
          autoComplete="off"
          value={value.addressInSweden}
          onChange={(event) => onChange({ addressInSweden: event.currentTarget.value })}
          error={errors['contact.addressInSweden']}
          data-path="contact.addressInSweden"
        />
        <Textarea
          label={t('form.contact.notes')}
          rows={1}
          value={value.notes}
          onChange={(event) => onChange({ notes: event.currentTarget.value })}
          error={errors['contact.notes']}
          data-path="contact.notes"
        />
      </SimpleGrid>
    </Fieldset>
  );
});
