import { documentLanguageNames, documentLanguages, type DocumentLanguage } from '@cirkel/i18n';
import { Fieldset, MultiSelect, NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Sex } from '../../gql/graphql';
import { identityNumberLooksWrong, sexes, type CaseFormErrors, type CaseFormValues } from './case-form-values';
import { CountrySelect } from './country-select';
import { useLanguageOptions } from './use-select-options';

interface ReturneeFieldsetProps {
  value: CaseFormValues['returnee'];
  errors: CaseFormErrors;
  onChange: (patch: Partial<CaseFormValues['returnee']>) => void;
}

export const ReturneeFieldset = memo(function ReturneeFieldset({ value, errors, onChange }: ReturneeFieldsetProps) {
  const { t } = useTranslation('cases');
  const languageOptions = useLanguageOptions();
  const onCitizenship = useCallback((citizenship: string | null) => onChange({ citizenship }), [onChange]);
  const onLanguages = useCallback((languages: string[]) => onChange({ languages }), [onChange]);
  const identityHint = identityNumberLooksWrong(value.identityNumber);

  return (
    <Fieldset legend={t('form.returnee.legend')} radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('form.returnee.firstName')}
          required
          autoComplete="off"
          value={value.firstName}
          onChange={(event) => onChange({ firstName: event.currentTarget.value })}
          error={errors['returnee.firstName']}
          data-path="returnee.firstName"
        />
        <TextInput
          label={t('form.returnee.lastName')}
          required
          autoComplete="off"
          value={value.lastName}
          onChange={(event) => onChange({ lastName: event.currentTarget.value })}
          error={errors['returnee.lastName']}
          data-path="returnee.lastName"
        />
        <TextInput
          type="date"
          label={t('form.returnee.dateOfBirth')}
          value={value.dateOfBirth}
          onChange={(event) => onChange({ dateOfBirth: event.currentTarget.value })}
          error={errors['returnee.dateOfBirth']}
          data-path="returnee.dateOfBirth"
        />
        <NativeSelect
          label={t('form.returnee.sex')}
          required
          value={value.sex}
          onChange={(event) => onChange({ sex: event.currentTarget.value as Sex | '' })}
          error={errors['returnee.sex']}
          data-path="returnee.sex"
        >
          <option value="">{t('form.choose')}</option>
          {sexes.map((sex) => (
            <option key={sex} value={sex}>
              {t(`sex.${sex}`)}
            </option>
          ))}
        </NativeSelect>
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
          value={value.identityNumber}
          onChange={(event) => onChange({ identityNumber: event.currentTarget.value })}
          error={errors['returnee.identityNumber']}
          inputWrapperOrder={['label', 'description', 'input', 'error']}
          data-path="returnee.identityNumber"
          data-testid="identity-number"
        />
        <NativeSelect
          label={t('form.returnee.documentLanguage')}
          description={t('form.returnee.documentLanguageHint')}
          required
          value={value.documentLanguage}
          onChange={(event) => onChange({ documentLanguage: event.currentTarget.value as DocumentLanguage })}
          error={errors['returnee.documentLanguage']}
          data-path="returnee.documentLanguage"
        >
          {documentLanguages.map((language) => (
            <option key={language} value={language} lang={language}>
              {documentLanguageNames[language]}
            </option>
          ))}
        </NativeSelect>
      </SimpleGrid>
      {identityHint && !errors['returnee.identityNumber'] && (
        <Text size="sm" c="orange.8" mt="xs" role="status" data-testid="identity-number-hint">
          {t('form.returnee.identityNumberFormat')}
        </Text>
      )}
    </Fieldset>
  );
});
