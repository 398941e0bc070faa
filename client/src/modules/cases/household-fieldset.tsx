import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { RemovableRow } from '../../components/removable-row';
import type { HouseholdRelation, Sex } from '../../gql/graphql';
import { householdRelations, newHouseholdRow, sexes, type CaseFormErrors, type HouseholdRow } from './case-form-values';

interface HouseholdFieldsetProps {
  value: HouseholdRow[];
  errors: CaseFormErrors;
  onChange: (household: HouseholdRow[]) => void;
}

/** The family members: add and remove rows; each says whether the member travels on this case. */
export const HouseholdFieldset = memo(function HouseholdFieldset({ value, errors, onChange }: HouseholdFieldsetProps) {
  const { t } = useTranslation('cases');
  const update = (index: number, patch: Partial<HouseholdRow>) =>
    onChange(value.map((row, position) => (position === index ? { ...row, ...patch } : row)));

  return (
    <Fieldset legend={t('form.household.legend')} radius="md">
      <Stack gap="md">
        {value.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('form.household.none')}
          </Text>
        )}
        {value.map((row, index) => {
          const error = (field: string) => errors[`household.${index}.${field}`];
          const label = t('form.household.member', { number: index + 1 });
          return (
            <RemovableRow
              key={row.key}
              label={label}
              removeLabel={t('form.household.remove')}
              onRemove={() => onChange(value.filter((_, position) => position !== index))}
              testId="household-row"
            >
              <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
                <TextInput
                  label={t('form.returnee.firstName')}
                  required
                  autoComplete="off"
                  value={row.firstName}
                  onChange={(event) => update(index, { firstName: event.currentTarget.value })}
                  error={error('firstName')}
                  data-path={`household.${index}.firstName`}
                />
                <TextInput
                  label={t('form.returnee.lastName')}
                  required
                  autoComplete="off"
                  value={row.lastName}
                  onChange={(event) => update(index, { lastName: event.currentTarget.value })}
                  error={error('lastName')}
                  data-path={`household.${index}.lastName`}
                />
                <NativeSelect
                  label={t('form.household.relation')}
                  required
                  value={row.relation}
                  onChange={(event) => update(index, { relation: event.currentTarget.value as HouseholdRelation | '' })}
                  error={error('relation')}
                  data-path={`household.${index}.relation`}
                >
                  <option value="">{t('form.choose')}</option>
                  {householdRelations.map((relation) => (
                    <option key={relation} value={relation}>
                      {t(`relation.${relation}`)}
                    </option>
                  ))}
                </NativeSelect>
                <TextInput
                  type="date"
                  label={t('form.returnee.dateOfBirth')}
                  value={row.dateOfBirth}
                  onChange={(event) => update(index, { dateOfBirth: event.currentTarget.value })}
                  error={error('dateOfBirth')}
                  data-path={`household.${index}.dateOfBirth`}
                />
                <NativeSelect
                  label={t('form.returnee.sex')}
                  required
                  value={row.sex}
                  onChange={(event) => update(index, { sex: event.currentTarget.value as Sex | '' })}
                  error={error('sex')}
                  data-path={`household.${index}.sex`}
                >
                  <option value="">{t('form.choose')}</option>
                  {sexes.map((sex) => (
                    <option key={sex} value={sex}>
                      {t(`sex.${sex}`)}
                    </option>
                  ))}
                </NativeSelect>
                <TextInput
                  label={t('form.returnee.identityNumber')}
                  dir="ltr"
                  autoComplete="off"
                  value={row.identityNumber}
                  onChange={(event) => update(index, { identityNumber: event.currentTarget.value })}
                  error={error('identityNumber')}
                  data-path={`household.${index}.identityNumber`}
                />
              </SimpleGrid>
              <Checkbox
                mt="md"
                label={t('form.household.travels')}
                checked={row.travels}
                onChange={(event) => update(index, { travels: event.currentTarget.checked })}
              />
            </RemovableRow>
          );
        })}
        <Group>
          <Button variant="light" leftSection={<Icon name="plus" size={16} />} onClick={() => onChange([...value, newHouseholdRow()])}>
            {t('form.household.add')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
});
