import { Avatar, Box, Burger, Button, Divider, Group, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Icon } from '../../components/icon';
import { LanguageSwitcher } from '../../components/language-switcher';
import { useCurrentUser, useSession } from '../../core/auth/session-context';
import { ProductMark } from '../../components/product-mark';
import { NotificationBell } from '../../modules/notifications/notification-bell';
import { personInitials } from '../../modules/supervision/person-initials';
import { PersonName, useReadableNames } from '../../components/person-name';

interface AppHeaderProps {
  navigationOpen: boolean;
  onToggleNavigation: () => void;
}

export function AppHeader({ navigationOpen, onToggleNavigation }: AppHeaderProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const names = useReadableNames();
  const readableUserName = names.label(user, { withWritten: false });
  const { logout } = useSession();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);

  const handleLogout = async () => {
    setLeaving(true);
    await logout();
    await navigate('/login', { replace: true });
  };

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={navigationOpen}
          onClick={onToggleNavigation}
          hiddenFrom="sm"
          size="sm"
          aria-label={t(navigationOpen ? 'layout.closeNavigation' : 'layout.openNavigation')}
          aria-expanded={navigationOpen}
        />
        <UnstyledButton component={Link} to="/" aria-label={t('layout.home')}>
          <Group gap={8} wrap="nowrap">
            <ProductMark />
            <Title order={2} size="h3" fw={700} c="indigo.8" visibleFrom="xs">
              {t('app.name')}
            </Title>
          </Group>
        </UnstyledButton>
        <Divider orientation="vertical" visibleFrom="md" />
        <Text fw={500} c="dimmed" truncate visibleFrom="md">
          <VisuallyHidden>{t('layout.organisation')}: </VisuallyHidden>
          <span data-testid="organisation-name">
            <PersonName named={user.organisation} withWritten={false} />
          </span>
        </Text>
      </Group>

      <Group gap="sm" wrap="nowrap">
        <Group gap={8} wrap="nowrap" visibleFrom="xs">
          <Avatar name={readableUserName} color="initials" size={32} aria-hidden>
            {personInitials(readableUserName)}
          </Avatar>
          <Text size="sm" fw={500} truncate maw={200}>
            <VisuallyHidden>{t('layout.signedInAs')}: </VisuallyHidden>
            <span data-testid="user-name">
              <PersonName named={user} withWritten={false} />
            </span>
          </Text>
        </Group>
        <NotificationBell />
        <LanguageSwitcher size="sm" w={{ base: 124, sm: 150 }} />
        {/* One button on every screen (the tests find it by test id); narrow screens show its icon only. */}
        <Button
          data-testid="logout"
          aria-label={t('layout.logout')}
          variant="default"
          size="sm"
          px={{ base: 10, sm: 'md' }}
          loading={leaving}
          onClick={() => void handleLogout()}
        >
          <Group gap={8} wrap="nowrap">
            <Icon name="logout" size={16} />
            <Box component="span" visibleFrom="sm">
              {t('layout.logout')}
            </Box>
          </Group>
        </Button>
      </Group>
    </Group>
  );
}
