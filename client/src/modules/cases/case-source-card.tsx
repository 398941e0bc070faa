import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isolate } from '../../components/bidi-isolate';
import { SectionCard } from '../../components/section-card';
import { HintText } from '../../components/hint-text';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { CaseDetailsFragment } from '../../gql/graphql';
import { DataRows, type DataRow } from './data-rows';

/**
 * How the returnee came to the office, for the case's owner (a partner is never told: the server
 * answers null): the kind, and links to the directory entry, activity or consultation it names.
 */
export function CaseSourceCard({ item }: { item: CaseDetailsFragment }) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  const source = item.source;
  const rows: DataRow[] = [];
  if (source) {
    rows.push({ label: t('source.card.came'), value: t(`source.kind.${source.kind}`) });
    const activity = source.outreachActivity;
    if (activity) {
      rows.push({
        label: t('source.card.activity'),
        value: (
          <Anchor component={Link} to={`/outreach/${activity.id}`} size="sm" data-testid="case-source-activity">
            {[format.day(activity.heldOn), isolate(activity.title)].filter(Boolean).join(' · ')}
          </Anchor>
        ),
      });
    }
    const consultation = source.staffConsultation;
    if (consultation) {
      const asker = consultation.departmentContact?.name ?? consultation.department ?? '';
      rows.push({
        label: t('source.card.consultation'),
        value: (
          <Anchor component={Link} to={`/staff-support/${consultation.id}`} size="sm" data-testid="case-source-consultation">
            {[format.day(consultation.heldOn), asker && isolate(asker)].filter(Boolean).join(' · ')}
          </Anchor>
        ),
      });
    }
    const entry = source.contactOrganisation;
    if (entry) {
      rows.push({
        label: t('source.card.entry'),
        value: (
          <Anchor component={Link} to={`/contacts/${entry.id}`} size="sm" data-testid="case-source-contact">
            {isolate(entry.name)}
          </Anchor>
        ),
      });
    }
  }
  return (
    <SectionCard title={t('source.card.title')} icon="users" testId="case-source-card">
      {source ? <DataRows rows={rows} /> : <HintText>{t('source.card.notRecorded')}</HintText>}
    </SectionCard>
  );
}
