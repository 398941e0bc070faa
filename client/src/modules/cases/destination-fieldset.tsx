import { Fieldset, SimpleGrid, TextInput } from '@mantine/core';
import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { supportCurrencies } from '../../components/money';
import { AmountInput } from '../../components/amount-input';
import { pathFields } from '../../components/path-fields';
import type { CaseFormErrors, CaseFormValues } from './case-form-values';
import { CountrySelect } from './country-select';
import { NameSelect } from './name-select';

type DestinationValues = Pick<
  CaseFormValues,
  'destinationCountry' | 'destinationPlace' | 'plannedDeparture' | 'actualDeparture' | 'support' | 'responsibleCaseworkerId'
>;

interface DestinationFieldsetProps extends DestinationValues {
  errors: CaseFormErrors;
  caseworkers: readonly { id: string; name: string }[];
  /** Editing an existing case also records the actual departure and the support granted. */
  edit: boolean;
  onChange: (patch: Partial<DestinationValues>) => void;
}

export const DestinationFieldset = memo(function DestinationFieldset({ errors, caseworkers, edit, onChange, ...value }: DestinationFieldsetProps) {
  const { t } = useTranslation('cases');
  const field = pathFields('', value, errors, onChange);
  const onCountry = useCallback((destinationCountry: string | null) => onChange({ destinationCountry }), [onChange]);
  return (
    <Fieldset legend={t('form.destination.legend')} radius="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <CountrySelect
          label={t('form.destination.country')}
          placeholder={t('form.chooseCountry')}
          required
          value={value.destinationCountry}
          onChange={onCountry}
          error={errors.destinationCountry}
          data-path="destinationCountry"
        />
        <TextInput
          label={t('form.destination.place')}
          description={t('form.destination.placeHint')}
          required
          autoComplete="off"
          {...field('destinationPlace')}
        />
        <TextInput type="date" label={t('form.destination.plannedDeparture')} {...field('plannedDeparture')} />
        {edit && (
          <TextInput type="date" label={t('form.destination.actualDeparture')} {...field('actualDeparture')} />
        )}
        <NameSelect
          label={t('form.destination.caseworker')}
          placeholder={t('form.destination.caseworkerDefault')}
          items={caseworkers}
          value={value.responsibleCaseworkerId}
          onChange={(responsibleCaseworkerId) => onChange({ responsibleCaseworkerId })}
          clearable={!edit}
          error={errors.responsibleCaseworkerId}
          data-path="responsibleCaseworkerId"
        />
        {edit && (
          <AmountInput
            label={t('form.destination.support')}
            description={t('form.destination.supportHint')}
            currencyLabel={t('form.destination.currency')}
            amount={value.support.amount}
            currency={value.support.currency}
            currencies={supportCurrencies}
            onAmountChange={(amount) => onChange({ support: { ...value.support, amount } })}
            onCurrencyChange={(currency) => onChange({ support: { ...value.support, currency } })}
            error={errors['support.amount']}
            amountProps={{ 'data-path': 'support.amount' }}
          />
        )}
      </SimpleGrid>
    </Fieldset>
  );
});
