import { Alert, Fieldset, Stack, TagsInput, Textarea } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { pathFields } from '../../components/path-fields';
import type { CaseFormPartProps } from './case-form-values';

interface NeedsFieldsetProps {
  value: string;
  error?: string;
  onChange: (needs: string) => void;
}

export const NeedsFieldset = memo(function NeedsFieldset({ value, error, onChange }: NeedsFieldsetProps) {
  const { t } = useTranslation('cases');
  return (
    <Fieldset legend={t('form.needs.legend')} radius="md">
      <Textarea
        label={t('form.needs.description')}
        description={t('form.needs.hint')}
        rows={4}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        error={error}
        data-path="needs"
      />
    </Fieldset>
  );
});

/** Health sits apart: it is special-category data, shared only with its own consent. */
export const HealthFieldset = memo(function HealthFieldset({ value, errors, onChange }: CaseFormPartProps<'health'>) {
  const { t } = useTranslation('cases');
  const field = pathFields('health', value, errors, onChange);
  return (
    <Fieldset legend={t('form.health.legend')} radius="md">
      <Stack gap="md">
        <Alert color="orange" variant="light" icon={<Icon name="shield" />} data-testid="health-sensitive-note">
          {t('form.health.sensitive')}
        </Alert>
        <Textarea label={t('form.health.information')} rows={3} {...field('information')} />
        <TagsInput
          label={t('form.health.vulnerabilities')}
          description={t('form.health.vulnerabilitiesHint')}
          value={value.vulnerabilities}
          onChange={(vulnerabilities) => onChange({ vulnerabilities })}
          error={errors['health.vulnerabilities']}
          data-path="health.vulnerabilities"
        />
      </Stack>
    </Fieldset>
  );
});
