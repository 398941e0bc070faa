import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { FieldErrors } from '../core/errors/field-errors';
import { pathFields } from './path-fields';

interface FollowUpDue {
  dueOn: string;
  ownerId: string | null;
}

interface FollowUpDueFieldsProps {
  value: FollowUpDue;
  errors: FieldErrors;
  /** Who may own it, as options. */
  owners: { value: string; label: string }[];
  onChange: (patch: Partial<FollowUpDue>) => void;
  labels: { dueOn: string; owner: string; nothingFound?: string };
}

/** When a follow-up task is due and who owns it (an outreach activity's, a consultation's), at `followUp.*`: side by side, one column on a phone. */
export function FollowUpDueFields({ value, errors, owners, onChange, labels }: FollowUpDueFieldsProps) {
  const field = pathFields('followUp', value, errors, onChange);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
      <TextInput type="date" label={labels.dueOn} required {...field('dueOn')} />
      <Select
        label={labels.owner}
        required
        data={owners}
        value={value.ownerId}
        onChange={(ownerId) => onChange({ ownerId })}
        searchable
        allowDeselect={false}
        nothingFoundMessage={labels.nothingFound}
        error={errors['followUp.ownerId']}
        data-path="followUp.ownerId"
      />
    </SimpleGrid>
  );
}
