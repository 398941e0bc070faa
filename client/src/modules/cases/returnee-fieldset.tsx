import { Fieldset, MultiSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { pathFields } from '../../components/path-fields';
import { identityNumberLooksWrong, type CaseFormPartProps } from './case-form-values';
import { CountrySelect } from './country-select';
import { SexSelect } from './sex-select';
import { useLanguageOptions } from './use-select-options';
import { DocumentLanguageSelect } from './document-language-select';

export const ReturneeFieldset = memo(function ReturneeFieldset({ value, errors, onChange }: CaseFormPartProps<'returnee'>) {
  const { t } = useTranslation('cases');
  const field = pathFields('returnee', value, errors, onChange);
  const languageOptions = useLanguageOptions();
  const onCitizenship = useCallback((citizenship: string | null) => onChange({ citizenship }), [onChange]);
  const onLanguages = useCallback((languages: string[]) => onChange({ languages }), [onChange]);
  const identityHint = identityNumberLooksWrong(value.identityNumber);

  return (
    <Fieldset legend={t('form.returnee.legend')} radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('form.returnee.firstName')} required autoComplete="off" {...field('firstName')} />
        <TextInput label={t('form.returnee.lastName')} required autoComplete="off" {...field('lastName')} />
        <TextInput type="date" label={t('form.returnee.dateOfBirth')} {...field('dateOfBirth')} />
        <SexSelect {...field('sex')} />
        <CountrySelect
          label={t('form.returnee.citizenship')}
          placeholder={t('form.chooseCountry')}
          clearable
          value={value.citizenship}
          onChange={onCitizenship}
          error={errors['returnee.citizenship']}
          data-path="returnee.citizenship"
        />
        <MultiSelect
          label={t('form.returnee.languages')}
          placeholder={value.languages.length === 0 ? t('form.returnee.languagesPlaceholder') : undefined}
          data={languageOptions}
          searchable
          value={value.languages}
          onChange={onLanguages}
          error={errors['returnee.languages']}
          nothingFoundMessage={t('common.nothingFound')}
          data-path="returnee.languages"
        />
        <TextInput
          label={t('form.returnee.identityNumber')}
          description={t('form.returnee.identityNumberHint')}
          autoComplete="off"
          dir="ltr"
          {...field('identityNumber')}
          inputWrapperOrder={['label', 'description', 'input', 'error']}
          data-testid="identity-number"
        />
        <DocumentLanguageSelect
          label={t('form.returnee.documentLanguage')}
          description={t('form.returnee.documentLanguageHint')}
          required
          {...field('documentLanguage')}
        />
      </SimpleGrid>
      {identityHint && !errors['returnee.identityNumber'] && (
        <Text size="sm" c="orange.8" mt="xs" role="status" data-testid="identity-number-hint">
          {t('form.returnee.identityNumberFormat')}
        </Text>
      )}
    </Fieldset>
  );
});
