import { NavLink, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, matchPath, useLocation } from 'react-router';
import { Icon, type IconName } from '../../components/icon';
import { answersReferrals, canUseContacts, hasCaseList, hasRole, readsSupervision, supportsCityStaff, worksOnOutreach } from '../../core/auth/permissions';
import { useCurrentUser } from '../../core/auth/session-context';
import { Role } from '../../gql/graphql';
import { useAgreementsTranslation } from '../../modules/agreements/use-agreements-translation';
import { useContactsTranslation } from '../../modules/contacts/use-contacts-translation';
import { useReferralsTranslation } from '../../modules/referrals/use-referrals-translation';

interface NavigationItem {
  to: string;
  label: string;
  icon: IconName;
  /** Active only on exactly this path (the home page), not below it. */
  end?: boolean;
}

export function MainNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const { t: referralsT } = useReferralsTranslation();
  const { t: agreementsT } = useAgreementsTranslation();
  const { t: contactsT } = useContactsTranslation();
  const user = useCurrentUser();
  const { pathname } = useLocation();

  const items: NavigationItem[] = [
    { to: '/', label: t('navigation.home'), icon: 'home', end: true },
    ...(hasRole(user, Role.Coordinator) ? [{ to: '/users', label: t('navigation.users'), icon: 'users' as const }] : []),
    ...(hasCaseList(user) ? [{ to: '/cases', label: t('navigation.cases', { ns: 'cases' }), icon: 'user' as const }] : []),
    ...(answersReferrals(user)
      ? [
          { to: '/inbox', label: referralsT('navigation.inbox'), icon: 'building' as const },
          { to: '/referrals', label: referralsT('navigation.referred'), icon: 'user' as const },
        ]
      : []),
    ...(readsSupervision(user) ? [{ to: '/supervision', label: t('navigation.supervision', { ns: 'supervision' }), icon: 'users' as const }] : []),
    ...(canUseContacts(user) ? [{ to: '/contacts', label: contactsT('navigation.contacts'), icon: 'building' as const }] : []),
    ...(worksOnOutreach(user) ? [{ to: '/outreach', label: t('navigation.outreach', { ns: 'outreach' }), icon: 'calendar' as const }] : []),
    ...(supportsCityStaff(user) ? [{ to: '/staff-support', label: t('navigation.staffSupport', { ns: 'staffSupport' }), icon: 'lifebuoy' as const }] : []),
    { to: '/agreements', label: agreementsT('navigation.agreements'), icon: 'shield' },
  ];

  return (
    <Stack component="nav" aria-label={t('navigation.label')} gap={4}>
      {items.map((item) => {
        const active = matchPath({ path: item.to, end: item.end ?? false }, pathname) !== null;
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            leftSection={<Icon name={item.icon} />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          />
        );
      })}
    </Stack>
  );
}
