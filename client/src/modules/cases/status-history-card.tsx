import { Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isolate } from '../../components/bidi-isolate';
import { SectionCard } from '../../components/section-card';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { CaseDetailsFragment } from '../../gql/graphql';
import { CaseStatusBadge } from './case-status-badge';
import { HintText } from '../../components/hint-text';
import { useReadableNames } from '../../components/person-name';

/** Every status change of the case, newest first. */
export function StatusHistoryCard({ item }: { item: CaseDetailsFragment }) {
  const { t, i18n } = useTranslation('cases');
  const names = useReadableNames();
  const format = useFormatters();
  const changes = [...item.statusHistory].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    <SectionCard title={t('history.title')} icon="home" testId="status-history-card">
      {changes.length === 0 ? (
        <HintText>{t('history.empty')}</HintText>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} active={0}>
          {changes.map((change) => (
            <Timeline.Item
              key={change.id}
              title={
                <Group gap={6}>
                  {change.from && (
                    <>
                      <CaseStatusBadge status={change.from} size="sm" />
                      <Text span size="sm" aria-label={t('history.to')}>
                        {i18n.dir() === 'rtl' ? '←' : '→'}
                      </Text>
                    </>
                  )}
                  <CaseStatusBadge status={change.to} size="sm" />
                </Group>
              }
            >
              {change.closureReason && (
                <Text size="sm" mt={4}>
                  {t('history.reason', { reason: t(`closureReason.${change.closureReason}`) })}
                </Text>
              )}
              <Text size="xs" c="dimmed" mt={4}>
                {t('history.by', { date: format.dateTime(change.changedAt), name: change.changedBy ? names.text(change.changedBy) : isolate(t('history.system')) })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </SectionCard>
  );
}
