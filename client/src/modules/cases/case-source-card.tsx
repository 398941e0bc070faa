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
    const consultation = source.staffConsultation;
    const entry = source.contactOrganisation;
    const asker = consultation?.departmentContact?.name ?? consultation?.department ?? '';
    // Each record the source names, as a link to its page.
    const links = [
      activity && { label: t('source.card.activity'), to: `/outreach/${activity.id}`, testId: 'case-source-activity', text: [format.day(activity.heldOn), isolate(activity.title)] },
      consultation && { label: t('source.card.consultation'), to: `/staff-support/${consultation.id}`, testId: 'case-source-consultation', text: [format.day(consultation.heldOn), asker && isolate(asker)] },
      entry && { label: t('source.card.entry'), to: `/contacts/${entry.id}`, testId: 'case-source-contact', text: [isolate(entry.name)] },
    ];
    for (const link of links) {
      if (!link) continue;
      rows.push({
        label: link.label,
        value: (
          <Anchor component={Link} to={link.to} size="sm" data-testid={link.testId}>
            {link.text.filter(Boolean).join(' · ')}
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
