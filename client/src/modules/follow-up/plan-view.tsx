import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { FollowUpDetailsFragment } from '../../gql/graphql';
import { goalStatusColor, reintegrationDomains } from './follow-up-options';
import { HintText } from '../../components/hint-text';
import { RecordedBy } from './recorded-by';

type Plan = FollowUpDetailsFragment['plan'];

/** The plan as the referring side reads it: goals in the order of the domains, and the budget. */
export function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation('followUp');
  const format = useFormatters();
  if (!plan) {
    return (
      <HintText data-testid="plan-none">{t('plan.none')}</HintText>
    );
  }
  const goals = [...plan.goals].sort((a, b) => reintegrationDomains.indexOf(a.domain) - reintegrationDomains.indexOf(b.domain));
  return (
    <>
      {goals.length === 0 ? (
        <HintText>{t('plan.noGoals')}</HintText>
      ) : (
        <DataTable
          minWidth={520}
          verticalSpacing="xs"
          data-testid="plan-goals"
          columns={[t('plan.domain'), t('plan.description'), t('plan.status'), t('plan.targetDate')]}
        >
          {goals.map((goal) => (
            <Table.Tr key={goal.id} data-testid="plan-goal-row">
              <Table.Td>{t(`domains.${goal.domain}`)}</Table.Td>
              <Table.Td dir="auto" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {goal.description}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={goalStatusColor[goal.status]} tt="none">
                  {t(`goalStatuses.${goal.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{format.day(goal.targetDate) ?? t('plan.noTargetDate')}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <Text size="sm" data-testid="plan-budget">
        {plan.budget ? t('plan.budgetPreview', { amount: format.money(plan.budget.amountMinor, plan.budget.currency) }) : t('plan.noBudget')}
      </Text>
      <RecordedBy by={plan.updatedBy} at={plan.updatedAt} updated />
    </>
  );
}
