import { languageNames } from '@cirkel/i18n';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../components/detail-list';
import { RoleBadges } from '../../components/role-badges';
import { SectionCard } from '../../components/section-card';
import type { HomeProfileQuery } from '../../gql/graphql';
import { useFormatters } from '../../core/i18n/use-formatters';
import { PersonName } from '../../components/person-name';

export function AccountCard({ user }: { user: HomeProfileQuery['me'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <SectionCard title={t('home.account.title')} icon="user">
      <DetailList
        labelWidth={140}
        rows={[
          { label: t('home.account.name'), value: <PersonName named={user} /> },
          {
            label: t('home.account.email'),
            value: (
              <Text span inherit dir="ltr">
                {user.email}
              </Text>
            ),
          },
          { label: t('home.account.roles'), value: <RoleBadges roles={user.roles} data-testid="user-roles" /> },
          { label: t('home.account.language'), value: languageNames[user.language], lang: user.language },
          { label: t('home.account.memberSince'), value: format.date(user.createdAt) },
        ]}
      />
    </SectionCard>
  );
}
