import { documentLanguageNames } from '@cirkel/i18n';
import { Badge, Group, Stack, Table, Text } from '@mantine/core';
import type { ComponentProps } from 'react';
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

/** A card of one part of the case; when the viewer may not see that part (or it is not there), it says why instead. */
function PartCard({
  item,
  section,
  present = true,
  ...card
}: CardProps & { section: CaseDetailsFragment['visibleSections'][number]; present?: boolean } & Omit<ComponentProps<typeof SectionCard>, 'hidden'>) {
  const { t } = useTranslation('cases');
  const visible = item.visibleSections.includes(section) && present;
  return <SectionCard hidden={visible ? undefined : item.viewerIsOwner ? t('page.notVisibleToRole') : t('page.notShared')} {...card} />;
}

/** Text as it was written (its line breaks kept), or "not given". */
function WrittenText({ text }: { text: string | null | undefined }) {
  const { t } = useTranslation('cases');
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-line' }} c={text ? undefined : 'dimmed'}>
      {text || t('page.notGiven')}
    </Text>
  );
}

export function ReturneeCard({ item }: CardProps) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  const returnee = item.returnee;
  return (
    <PartCard item={item} section="IDENTITY" present={!!returnee} title={t('page.returnee.title')} icon="user" testId="returnee-card">
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
    </PartCard>
  );
}

export function ContactCard({ item }: CardProps) {
  const { t } = useTranslation('cases');
  const contact = item.contact;
  return (
    <PartCard item={item} section="CONTACT" title={t('form.contact.legend')} icon="building" testId="contact-card">
      <DataRows
        rows={[
          { label: t('form.contact.phone'), value: contact?.phone, ltr: true },
          { label: t('form.contact.email'), value: contact?.email, ltr: true },
          { label: t('form.contact.addressInSweden'), value: contact?.addressInSweden },
          { label: t('form.contact.notes'), value: contact?.notes },
        ]}
      />
    </PartCard>
  );
}

export function HouseholdCard({ item }: CardProps) {
  const { t } = useTranslation('cases');
  const format = useFormatters();
  const household = item.household ?? [];
  return (
    <PartCard item={item} section="HOUSEHOLD" title={t('form.household.legend')} icon="users" testId="household-card">
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
    </PartCard>
  );
}

export function NeedsCard({ item }: CardProps) {
  const { t } = useTranslation('cases');
  return (
    <PartCard item={item} section="NEEDS" title={t('form.needs.legend')} icon="home" testId="needs-card">
      <WrittenText text={item.needs?.description} />
    </PartCard>
  );
}

export function HealthCard({ item }: CardProps) {
  const { t } = useTranslation('cases');
  const health = item.health;
  return (
    <PartCard item={item} section="HEALTH" title={t('form.health.legend')} icon="shield" testId="health-card">
      <Stack gap="sm">
        <Text size="xs" c="orange.8">
          {t('page.health.sensitive')}
        </Text>
        <WrittenText text={health?.information} />
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
    </PartCard>
  );
}
