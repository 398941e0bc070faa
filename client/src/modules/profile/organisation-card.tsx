import { Card, DataList, Group, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { useFormatters } from '../../core/i18n/use-formatters';
import type { HomeProfileQuery } from '../../gql/graphql';

export function OrganisationCard({ organisation }: { organisation: HomeProfileQuery['me']['organisation'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="organisation-card-title">
      <Group gap="sm" mb="md">
        <ThemeIcon variant="light" color="teal" size="lg" radius="md">
          <Icon name="building" />
        </ThemeIcon>
        <Title order={2} size="h4" id="organisation-card-title">
          {t('home.organisation.title')}
        </Title>
      </Group>
      <DataList withDivider labelWidth={140} styles={{ itemValue: { minWidth: 0, overflowWrap: 'anywhere' } }}>
        <DataList.Item>
          <DataList.ItemLabel>{t('home.organisation.name')}</DataList.ItemLabel>
          <DataList.ItemValue>{organisation.name}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('home.organisation.kind')}</DataList.ItemLabel>
          <DataList.ItemValue>{t(`organisationKinds.${organisation.kind}`)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('home.organisation.country')}</DataList.ItemLabel>
          <DataList.ItemValue>{format.country(organisation.country)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('home.organisation.timeZone')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {format.timeZone(organisation.timeZone)}
            <Text size="xs" c="dimmed">
              {t('home.organisation.localTime', { time: format.dateTime(new Date(), organisation.timeZone) })}
            </Text>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Card>
  );
}
