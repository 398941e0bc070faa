import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation } from '@apollo/client/react';
import { Checkbox, MultiSelect, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useRef } from 'react';
import { DialogActions } from '../../components/dialog-actions';
import { FailureAlert } from '../../components/failure-alert';
import { useFormFields } from '../../components/use-form-fields';
import { useErrorMessage } from '../../core/errors/use-error-message';
import type { AgreementDetailFragment, AgreementScope } from '../../gql/graphql';
import { agreementsQuery, proposeAgreementMutation } from './agreement-operations';
import { agreementScopeOptions } from './agreement-scope-options';
import { useAgreementsTranslation } from './use-agreements-translation';
import { usePartnerOptions } from './use-partner-options';
import { HintText } from '../../components/hint-text';
import { FormStack } from '../../components/form-stack';

interface ProposeAgreementFormProps {
  ownOrganisationId: string;
  onProposed: (agreement: AgreementDetailFragment) => void;
  onCancel: () => void;
}

type Field = 'referenceNumber' | 'title' | 'partnerIds' | 'scopes' | 'validFrom' | 'validTo' | 'responseTimeDays';
type Errors = Partial<Record<Field, string>>;

// In the order the form shows them, so that focus goes to the topmost error.
const fields: readonly Field[] = ['referenceNumber', 'title', 'partnerIds', 'scopes', 'validFrom', 'validTo', 'responseTimeDays'];

export const defaultResponseTimeDays = 7;

export function ProposeAgreementForm({ ownOrganisationId, onProposed, onCancel }: ProposeAgreementFormProps) {
  const { t } = useAgreementsTranslation();
  const errorMessage = useErrorMessage();
  const partners = usePartnerOptions(ownOrganisationId);
  const partnersRef = useRef<HTMLInputElement>(null);
  const { formRef, values, set, bind, errors, failure, handleSubmit } = useFormFields(
    {
      referenceNumber: '',
      title: '',
      partnerIds: [] as string[],
      scopes: [] as AgreementScope[],
      validFrom: '',
      validTo: '',
      responseTimeDays: defaultResponseTimeDays as number | string,
    },
    {
      order: fields,
      focusTarget: (field, form) =>
        field === 'partnerIds' ? partnersRef.current : field === 'scopes' ? form.querySelector<HTMLElement>('input[type="checkbox"]') : undefined,
    },
  );
  const { referenceNumber, title, partnerIds, scopes, validFrom, validTo, responseTimeDays } = values;
  const [propose, { loading }] = useMutation(proposeAgreementMutation, { refetchQueries: [agreementsQuery] });

  const validate = (): Errors => {
    const found: Errors = {};
    if (!referenceNumber.trim()) found.referenceNumber = t('validation.required');
    if (!title.trim()) found.title = t('validation.required');
    if (partnerIds.length === 0) found.partnerIds = t('validation.partners');
    if (scopes.length === 0) found.scopes = t('validation.scopes');
    if (!validFrom) found.validFrom = t('validation.required');
    if (!validTo) found.validTo = t('validation.required');
    // ISO dates compare as strings.
    else if (validFrom && validTo < validFrom) found.validTo = t('validation.dateOrder');
    if (typeof responseTimeDays !== 'number' || !Number.isInteger(responseTimeDays) || responseTimeDays < 1) {
      found.responseTimeDays = t('validation.responseTime');
    }
    return found;
  };

  const submit = handleSubmit(
    validate,
    async () => {
      const { data } = await propose({
        variables: {
          input: { ...values, referenceNumber: referenceNumber.trim(), title: title.trim(), responseTimeDays: Number(responseTimeDays) },
        },
      });
      if (data) onProposed(data.proposeAgreement);
    },
    (error) => {
      const message = errorMessage(error as Error);
      return CombinedGraphQLErrors.is(error) ? message : `${message} ${t('kept')}`;
    },
  );

  return (
    <FormStack formRef={formRef} onSubmit={submit} busy={loading} gap="md">
      <HintText>{t('propose.intro')}</HintText>
      <FailureAlert failure={failure} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          label={t('propose.referenceNumber')}
          description={t('propose.referenceNumberHint')}
          autoComplete="off"
          required
          {...bind('referenceNumber')}
          data-autofocus
        />
        <TextInput label={t('propose.agreementTitle')} autoComplete="off" required {...bind('title')} />
      </SimpleGrid>
      <MultiSelect
        ref={partnersRef}
        label={t('propose.partners')}
        description={t('propose.partnersHint')}
        placeholder={partnerIds.length === 0 ? t('propose.partnersPlaceholder') : undefined}
        nothingFoundMessage={t('propose.partnersNothingFound')}
        name="partnerIds"
        data={partners.groups}
        searchable
        hidePickedOptions
        required
        disabled={partners.loading && partners.groups.length === 0}
        value={partnerIds}
        onChange={(value) => set('partnerIds', value)}
        error={errors.partnerIds ?? (partners.error ? t('propose.directoryFailed') : undefined)}
        comboboxProps={{ withinPortal: true }}
      />
      <Checkbox.Group
        label={t('propose.scopes')}
        description={t('propose.scopesHint')}
        value={scopes}
        onChange={(value) => set('scopes', value as AgreementScope[])}
        error={errors.scopes}
        withAsterisk
      >
        <Stack gap="xs" mt="xs">
          {agreementScopeOptions.map((scope) => (
            <Checkbox key={scope} value={scope} label={t(`scopes.${scope}`)} description={t(`scopeDescriptions.${scope}`)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <TextInput
          type="date"
          label={t('propose.validFrom')}
          required
          {...bind('validFrom')}
          onChange={(event) => set('validFrom', event.currentTarget.value, 'validTo')}
        />
        <TextInput type="date" label={t('propose.validTo')} required min={validFrom || undefined} {...bind('validTo')} />
        <NumberInput
          label={t('propose.responseTimeDays')}
          description={t('propose.responseTimeDaysHint')}
          name="responseTimeDays"
          required
          min={1}
          allowDecimal={false}
          allowNegative={false}
          value={responseTimeDays}
          onChange={(value) => set('responseTimeDays', value)}
          error={errors.responseTimeDays}
        />
      </SimpleGrid>
      <DialogActions onCancel={onCancel} confirmLabel={t('propose.submit')} busy={loading} mt="xs" />
    </FormStack>
  );
}
