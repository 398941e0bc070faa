import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpDetailsFragment } from '../../gql/graphql';
import { isolate } from '../../components/bidi-isolate';
import { useCaseFormatters } from '../cases/use-case-formatters';
import { useBudgetFormat } from './use-budget-format';
import { goalStatusColor, reintegrationDomains } from './follow-up-options';

type Plan = FollowUpDetailsFragment['plan'];

/** The plan as the referring side reads it: goals in the order of the domains, and the budget. */
export function PlanView({ plan }: { plan: Plan }) {
  const { t } = useTranslation('followUp');
  const format = useCaseFormatters();
  const money = useBudgetFormat();
  if (!plan) {
    return (
      <Text size="sm" c="dimmed" data-testid="plan-none">
        {t('plan.none')}
      </Text>
    );
  }
  const goals = [...plan.goals].sort((a, b) => reintegrationDomains.indexOf(a.domain) - reintegrationDomains.indexOf(b.domain));
  return (
    <>
      {goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plan.noGoals')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" data-testid="plan-goals">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plan.domain')}</Table.Th>
                <Table.Th>{t('plan.description')}</Table.Th>
                <Table.Th>{t('plan.status')}</Table.Th>
                <Table.Th>{t('plan.targetDate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
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
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Text size="sm" data-testid="plan-budget">
        {plan.budget ? t('plan.budgetPreview', { amount: money(plan.budget.amountMinor, plan.budget.currency) }) : t('plan.noBudget')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('plan.updated', { name: isolate(plan.updatedBy.name), date: format.dateTime(plan.updatedAt) })}
      </Text>
    </>
  );
}
