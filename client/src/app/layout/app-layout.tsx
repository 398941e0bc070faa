import '@mantine/core/styles/AppShell.css';
import '@mantine/core/styles/Burger.css';
import '@mantine/core/styles/NavLink.css';
import '@mantine/core/styles/Divider.css';
import '@mantine/core/styles/Avatar.css';
import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Outlet, useLocation } from 'react-router';
import { PageLoader } from '../../components/page-loader';
import { AppHeader } from './app-header';
import { MainNavigation } from './main-navigation';
import { SignedInSummary } from './signed-in-summary';
import { SkipLink } from './skip-link';

const mainId = 'main-content';

/** The frame around every signed-in page: header with who and where, navigation, content. */
export function AppLayout() {
  const [navigationOpen, { toggle, close }] = useDisclosure(false);
  const location = useLocation();

  return (
    <>
      <SkipLink targetId={mainId} />
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navigationOpen } }}
        padding={{ base: 'md', sm: 'lg' }}
      >
        <AppShell.Header>
          <AppHeader navigationOpen={navigationOpen} onToggleNavigation={toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <AppShell.Section grow>
            <MainNavigation onNavigate={close} />
          </AppShell.Section>
          <AppShell.Section hiddenFrom="md">
            <SignedInSummary />
          </AppShell.Section>
        </AppShell.Navbar>
        {/* tabIndex -1: the skip link can move focus here, Tab never stops here. */}
        <AppShell.Main id={mainId} tabIndex={-1} style={{ outline: 'none' }} bg="var(--mantine-color-gray-0)">
          <Suspense fallback={<PageLoader />} key={location.pathname}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
