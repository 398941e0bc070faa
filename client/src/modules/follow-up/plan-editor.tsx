import { useMutation } from '@apollo/client/react';
import { Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../components/conflict-alert';
import { Icon } from '../../components/icon';
import { ErrorCode, hasErrorCode } from '../../core/apollo/graphql-errors';
import { useErrorMessage } from '../../core/errors/use-error-message';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { BudgetCurrency, FollowUpDetailsFragment, GoalStatus, ReintegrationDomain } from '../../gql/graphql';
import { saveReintegrationPlanMutation } from './follow-up-operations';
import { budgetCurrencies, goalStatuses, reintegrationDomains } from './follow-up-options';
import { FormFailureAlert, type FormFailure } from './form-failure-alert';
import {
  budgetMinor,
  maxAmountMinor,
  newGoalRow,
  planErrorPath,
  planFormValuesFrom,
  planInput,
  validatePlan,
  type GoalRow,
  type PlanFormValues,
} from './plan-form-values';
import { useDescribeFailure } from './use-describe-failure';
import { writeFollowUp } from './write-follow-up';
import { HintText } from '../../components/hint-text';
import { RecordedBy } from './recorded-by';
import { FormStack } from '../../components/form-stack';
import { NoticeAlert } from '../../components/notice-alert';
import { DayInput } from '../../components/day-input';
import { AmountInput } from '../../components/amount-input';

type Plan = FollowUpDetailsFragment['plan'];

interface PlanEditorProps {
  caseId: string;
  plan: Plan;
  defaultCurrency: BudgetCurrency;
  /** Fetches the follow-up again (after a conflict); resolves when the latest plan is in. */
  onReload: () => Promise<unknown>;
}

/** The partner writes the plan: goals per domain and a budget, saved whole with its version. */
export function PlanEditor({ caseId, plan, defaultCurrency, onReload }: PlanEditorProps) {
  const { t } = useTranslation('followUp');
  // The form starts again from the plan as it is now after a save or a reload, or when a newer
  // plan arrives before anything was typed; otherwise it keeps what was typed.
  const [generation, setGeneration] = useState(0);
  const [saved, setSaved] = useState(false);
  const [edited, setEdited] = useState(false);
  const version = plan?.version ?? 0;
  const [shownVersion, setShownVersion] = useState(version);
  if (version !== shownVersion && !edited) {
    setShownVersion(version);
    setGeneration((value) => value + 1);
  }
  return (
    <Stack gap="sm">
      <NoticeAlert notice={saved && t('plan.saved')} onClose={() => setSaved(false)} testId="plan-saved" />
      <PlanForm
        key={generation}
        caseId={caseId}
        plan={plan}
        defaultCurrency={defaultCurrency}
        onReload={onReload}
        onEdited={() => {
          setSaved(false);
          setEdited(true);
        }}
        onRestart={(afterSave) => {
          setSaved(afterSave);
          setEdited(false);
          setGeneration((value) => value + 1);
        }}
      />
    </Stack>
  );
}

interface PlanFormProps extends PlanEditorProps {
  onEdited: () => void;
  /** The form starts again from the plan in the cache: after a save (true) or a reload. */
  onRestart: (afterSave: boolean) => void;
}

function PlanForm({ caseId, plan, defaultCurrency, onReload, onEdited, onRestart }: PlanFormProps) {
  const { t } = useTranslation(['followUp', 'common']);
  const format = useFormatters();
  const describe = useDescribeFailure();
  const errorMessage = useErrorMessage();
  // The version the form started from: a save after someone else's is refused, never overwrites it.
  const [version] = useState(plan?.version ?? 0);
  const [values, setValues] = useState<PlanFormValues>(() => planFormValuesFrom(plan, defaultCurrency));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [save, { loading }] = useMutation(saveReintegrationPlanMutation);

  const change = (patch: Partial<PlanFormValues>, clears: (path: string) => boolean) => {
    setValues((current) => ({ ...current, ...patch }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([path]) => !clears(path))));
    onEdited();
  };
  const changeGoal = (index: number, patch: Partial<GoalRow>) =>
    change({ goals: values.goals.map((goal, at) => (at === index ? { ...goal, ...patch } : goal)) }, (path) =>
      Object.keys(patch).some((key) => path === `goals.${index}.${key}`),
    );
  // Paths name rows by position: removing a row moves the rows after it, so their messages go.
  const removeGoal = (index: number) => change({ goals: values.goals.filter((_, at) => at !== index) }, (path) => path.startsWith('goals.'));
  const addGoal = () => {
    const used = new Set(values.goals.map((goal) => goal.domain));
    change({ goals: [...values.goals, newGoalRow(reintegrationDomains.find((domain) => !used.has(domain)) ?? 'HOUSING')] }, () => false);
  };

  const shows = (path: string) => {
    if (path === 'budget') return true;
    const match = /^goals\.(\d+)\.(domain|description|status|targetDate)$/.exec(path);
    return match !== null && Number(match[1]) < values.goals.length;
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    setConflict(false);
    const problems = validatePlan(values);
    const messages = Object.fromEntries(
      Object.entries(problems).map(([path, problem]) => [
        path,
        problem === 'amountTooLarge' ? t('validation.amountTooLarge', { max: format.money(maxAmountMinor, values.currency) }) : t(`validation.${problem}`),
      ]),
    );
    setErrors(messages);
    if (Object.keys(messages).length > 0) return;
    try {
      await save({
        variables: { input: planInput(caseId, version, values) },
        update: (cache, { data }) => {
          if (data) writeFollowUp(cache, caseId, data.saveReintegrationPlan);
        },
      });
      onRestart(true);
    } catch (error) {
      if (hasErrorCode(error, ErrorCode.Conflict)) {
        setConflict(true);
        return;
      }
      const described = describe(error, t('plan.failed'), (path) => shows(planErrorPath(path)));
      setErrors(Object.fromEntries(Object.entries(described.placed).map(([path, message]) => [planErrorPath(path), message])));
      setFailure(described.failure);
    }
  };

  const reload = async () => {
    setReloading(true);
    try {
      await onReload();
      onRestart(false);
    } catch (error) {
      setReloading(false);
      setFailure({ title: t('section.loadFailed'), message: errorMessage(error as Error) });
    }
  };

  const minor = budgetMinor(values);

  return (
    <FormStack onSubmit={submit} busy={loading} gap="md" testId="plan-editor">
      {conflict && (
        <ConflictAlert
          namespace="followUp"
          onReload={() => void reload()}
          reloading={reloading}
          testId="plan-conflict"
          reloadTestId="plan-reload"
        />
      )}
      {failure && <FormFailureAlert failure={failure} />}
      {values.goals.length === 0 && (
        <HintText data-testid="plan-no-goals">{plan ? t('plan.noGoals') : t('plan.none')}</HintText>
      )}
      {values.goals.map((goal, index) => (
        <Fieldset key={goal.key} legend={t('plan.goal', { number: index + 1 })} radius="md" data-testid="plan-goal-row">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <NativeSelect
                label={t('plan.domain')}
                value={goal.domain}
                onChange={(event) => changeGoal(index, { domain: event.currentTarget.value as ReintegrationDomain })}
                data={reintegrationDomains.map((domain) => ({ value: domain, label: t(`domains.${domain}`) }))}
                error={errors[`goals.${index}.domain`]}
                data-testid="plan-goal-domain"
              />
              <NativeSelect
                label={t('plan.status')}
                value={goal.status}
                onChange={(event) => changeGoal(index, { status: event.currentTarget.value as GoalStatus })}
                data={goalStatuses.map((status) => ({ value: status, label: t(`goalStatuses.${status}`) }))}
                error={errors[`goals.${index}.status`]}
                data-testid="plan-goal-status"
              />
              <DayInput
                label={t('plan.targetDate')}
                value={goal.targetDate}
                onDayChange={(targetDate) => changeGoal(index, { targetDate })}
                error={errors[`goals.${index}.targetDate`]}
                data-testid="plan-goal-target"
              />
            </SimpleGrid>
            <Textarea
              label={t('plan.description')}
              required
              resize="vertical"
              rows={2}
              dir="auto"
              value={goal.description}
              onChange={(event) => changeGoal(index, { description: event.currentTarget.value })}
              error={errors[`goals.${index}.description`]}
              data-testid="plan-goal-description"
            />
            <Group justify="flex-end">
              <Button variant="subtle" color="red" size="xs" onClick={() => removeGoal(index)} data-testid="plan-goal-remove">
                {t('plan.removeGoal', { number: index + 1 })}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
      ))}
      <Group>
        <Button variant="light" leftSection={<Icon name="plus" size={14} />} onClick={addGoal} data-testid="plan-add-goal">
          {t('plan.addGoal')}
        </Button>
      </Group>
      <Fieldset legend={t('plan.budget')} radius="md">
        <AmountInput
          label={t('plan.amount')}
          description={t('plan.amountHint')}
          currencyLabel={t('plan.currency')}
          amount={values.amount}
          currency={values.currency}
          currencies={budgetCurrencies}
          onAmountChange={(amount) => change({ amount }, (path) => path === 'budget')}
          onCurrencyChange={(currency) => change({ currency }, (path) => path === 'budget')}
          error={errors.budget}
          amountProps={{ 'data-testid': 'plan-budget-amount' }}
          currencyProps={{ 'data-testid': 'plan-budget-currency' }}
        />
        <Text size="sm" mt="xs" c="dimmed" aria-live="polite" data-testid="plan-budget-preview">
          {minor === null ? t('plan.noBudget') : t('plan.budgetPreview', { amount: format.money(minor, values.currency) })}
        </Text>
      </Fieldset>
      <Group justify="space-between" gap="sm" wrap="wrap">
        {plan ? <RecordedBy by={plan.updatedBy} at={plan.updatedAt} updated /> : <Text size="xs" c="dimmed" />}
        <Button type="submit" loading={loading} data-testid="plan-save">
          {t('plan.save')}
        </Button>
      </Group>
    </FormStack>
  );
}
