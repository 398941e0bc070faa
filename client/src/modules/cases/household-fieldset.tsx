import { Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { pathFields } from '../../components/path-fields';
import { RemovableRow } from '../../components/removable-row';
import { withChoice } from '../../components/select-data';
import { householdRelations, newHouseholdRow, type CaseFormErrors, type HouseholdRow } from './case-form-values';
import { HintText } from '../../components/hint-text';
import { SexSelect } from './sex-select';

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
          <HintText>{t('form.household.none')}</HintText>
        )}
        {value.map((row, index) => {
          const field = pathFields(`household.${index}`, row, errors, (patch) => update(index, patch));
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
                <TextInput label={t('form.returnee.firstName')} required autoComplete="off" {...field('firstName')} />
                <TextInput label={t('form.returnee.lastName')} required autoComplete="off" {...field('lastName')} />
                <NativeSelect
                  label={t('form.household.relation')}
                  required
                  {...field('relation')}
                  data={withChoice(t('form.choose'), householdRelations, (relation) => t(`relation.${relation}`))}
                />
                <TextInput type="date" label={t('form.returnee.dateOfBirth')} {...field('dateOfBirth')} />
                <SexSelect {...field('sex')} />
                <TextInput label={t('form.returnee.identityNumber')} dir="ltr" autoComplete="off" {...field('identityNumber')} />
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
