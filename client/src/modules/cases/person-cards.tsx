import { documentLanguageNames } from '@cirkel/i18n';
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table';
import { SectionCard } from '../../components/section-card';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { CaseDetailsFragment } from '../../gql/graphql';
import { DataRows } from './data-rows';
import { HintText } from '../../components/hint-text';

interface CardProps {
  item: CaseDetailsFragment;
}

/** Why the viewer may not see this part of the case, or undefined when they may. */
function useHiddenReason(item: CaseDetailsFragment) {
  const { t } = useTranslation('cases');
  return (section: CaseDetailsFragment['visibleSections'][number], shown = true) =>
    item.visibleSections.includes(section) && shown ? undefined : item.viewerIsOwner ? t('page.notVisibleToRole') : t('page.notShared');
}

export function ReturneeCard({ item }: CardProps) {
  const { t } = useTranslation('cases');
  const hiddenReason = useHiddenReason(item);
  const format = useFormatters();
  const returnee = item.returnee;
  return (
    <SectionCard title={t('page.returnee.title')} icon="user" hidden={hiddenReason('IDENTITY', !!returnee)} testId="returnee-card">
      {returnee && (
        <DataRows
          rows={[
            { label: t('page.returnee.name'), value: `${returnee.firstName} ${returnee.lastName}` },
            { label: t('form.returnee.dateOfBirth'), value: format.day(returnee.dateOfBirth) },
            { label: t('form.returnee.sex'), value: t(`sex.${returnee.sex}`) },
            { label: t('form.returnee.citizenship'), value: returnee.citizenship ? format.country(returnee.citizenship) : null },
            { label: t('form.returnee.languages'), value: returnee.languages.map((code) => format.language(code)).join(', ') },
            { label: t('form.returnee.identityNumber'), value: returnee.identityNumber, ltr: true },
            {
              label: t('form.returnee.documentLanguage'),
              value: <span lang={returnee.documentLanguage}>{documentLanguageNames[returnee.documentLanguage]}</span>,
            },
          ]}
        />
      )}
    </SectionCard>
  );
}

export function ContactCard({ item }: CardProps) {
  const { t } = useTranslation('cases');
  const hiddenReason = useHiddenReason(item);
  const contact = item.contact;
  return (
    <SectionCard title={t('form.contact.legend')} icon="building" hidden={hiddenReason('CONTACT')} testId="contact-card">
      <DataRows
        rows={[
          { label: t('form.contact.phone'), value: contact?.phone, ltr: true },
          { label: t('form.contact.email'), value: contact?.email, ltr: true },
          { label: t('form.contact.addressInSweden'), value: contact?.addressInSweden },
          { label: t('form.contact.notes'), value: contact?.notes },
        ]}
      />
    </SectionCard>
  );
}

export function HouseholdCard({ item }: CardProps) {
  const { t } = useTranslation('cases');
  const hiddenReason = useHiddenReason(item);
  const format = useFormatters();
  const household = item.household ?? [];
  return (
    <SectionCard title={t('form.household.legend')} icon="users" hidden={hiddenReason('HOUSEHOLD')} testId="household-card">
      {household.length === 0 ? (
        <HintText>{t('page.household.none')}</HintText>
      ) : (
        <DataTable
          minWidth={480}
          verticalSpacing="xs"
          aria-label={t('form.household.legend')}
          columns={[t('page.returnee.name'), t('form.household.relation'), t('form.returnee.dateOfBirth'), t('page.household.travels')]}
        >
          {household.map((member) => (
            <Table.Tr key={member.id}>
              <Table.Td>
                {member.firstName} {member.lastName}
              </Table.Td>
              <Table.Td>{t(`relation.${member.relation}`)}</Table.Td>
              <Table.Td>{format.day(member.dateOfBirth) ?? '–'}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={member.travels ? 'teal' : 'gray'} tt="none">
                  {t(member.travels ? 'page.household.yes' : 'page.household.no')}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      )}
    </SectionCard>
  );
}

export function NeedsCard({ item }: CardProps) {
  const { t } = useTranslation('cases');
  const hiddenReason = useHiddenReason(item);
  return (
    <SectionCard title={t('form.needs.legend')} icon="home" hidden={hiddenReason('NEEDS')} testId="needs-card">
      <Text size="sm" style={{ whiteSpace: 'pre-line' }} c={item.needs?.description ? undefined : 'dimmed'}>
        {item.needs?.description || t('page.notGiven')}
      </Text>
    </SectionCard>
  );
}

export function HealthCard({ item }: CardProps) {
  const { t } = useTranslation('cases');
  const hiddenReason = useHiddenReason(item);
  const health = item.health;
  return (
    <SectionCard title={t('form.health.legend')} icon="shield" hidden={hiddenReason('HEALTH')} testId="health-card">
      <Stack gap="sm">
        <Text size="xs" c="orange.8">
          {t('page.health.sensitive')}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-line' }} c={health?.information ? undefined : 'dimmed'}>
          {health?.information || t('page.notGiven')}
        </Text>
        {health && health.vulnerabilities.length > 0 && (
          <Group gap={6} aria-label={t('form.health.vulnerabilities')}>
            {health.vulnerabilities.map((vulnerability) => (
              <Badge key={vulnerability} variant="light" color="orange" tt="none">
                {vulnerability}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </SectionCard>
  );
}
