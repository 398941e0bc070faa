import { languageNames } from '@cirkel/i18n';
import { Card, DataList, Group, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/icon';
import { RoleBadges } from '../../components/role-badges';
import type { HomeProfileQuery } from '../../gql/graphql';
import { useFormatters } from '../../core/i18n/use-formatters';

export function AccountCard({ user }: { user: HomeProfileQuery['me'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="account-card-title">
      <Group gap="sm" mb="md">
        <ThemeIcon variant="light" size="lg" radius="md">
          <Icon name="user" />
        </ThemeIcon>
        <Title order={2} size="h4" id="account-card-title">
          {t('home.account.title')}
        </Title>
      </Group>
      <DataList withDivider labelWidth={140} styles={{ itemValue: { minWidth: 0, overflowWrap: 'anywhere' } }}>
        <DataList.Item>
          <DataList.ItemLabel>{t('home.account.name')}</DataList.ItemLabel>
          <DataList.ItemValue>{user.name}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('home.account.email')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Text span inherit dir="ltr">
              {user.email}
            </Text>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('home.account.roles')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <RoleBadges roles={user.roles} data-testid="user-roles" />
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('home.account.language')}</DataList.ItemLabel>
          <DataList.ItemValue lang={user.language}>{languageNames[user.language]}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('home.account.memberSince')}</DataList.ItemLabel>
          <DataList.ItemValue>{format.date(user.createdAt)}</DataList.ItemValue>
        </DataList.Item>
      </DataList>
    </Card>
  );
}
