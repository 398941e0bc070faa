import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../components/detail-list';
import { SectionCard } from '../../components/section-card';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { HomeProfileQuery } from '../../gql/graphql';
import { PersonName } from '../../components/person-name';

export function OrganisationCard({ organisation }: { organisation: HomeProfileQuery['me']['organisation'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <SectionCard title={t('home.organisation.title')} icon="building" color="teal">
      <DetailList
        labelWidth={140}
        rows={[
          { label: t('home.organisation.name'), value: <PersonName named={organisation} /> },
          { label: t('home.organisation.kind'), value: t(`organisationKinds.${organisation.kind}`) },
          { label: t('home.organisation.country'), value: format.country(organisation.country) },
          {
            label: t('home.organisation.timeZone'),
            value: (
              <>
                {format.timeZone(organisation.timeZone)}
                <Text size="xs" c="dimmed">
                  {t('home.organisation.localTime', { time: format.dateTime(new Date(), organisation.timeZone) })}
                </Text>
              </>
            ),
          },
        ]}
      />
    </SectionCard>
  );
}
