import { AppShell, ScrollArea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { GlobalSearch } from '../search/GlobalSearch';
import { NavLinks } from './NavLinks';
import { PageLoader } from './PageLoader';
import { SkipLink } from './SkipLink';
import { TopBar } from './TopBar';

/** The frame of every signed-in page: header, left navigation (behind a menu button below 992 px), the page. */
export function AppLayout() {
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 220, breakpoint: 'md', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <TopBar navigationOpened={opened} onToggleNavigation={toggle} />
        </AppShell.Header>
        <AppShell.Navbar p="xs" aria-label="Sections">
          {/* Room for the scrollbar once the sections overflow: it covered the saved views' menu buttons. */}
          <AppShell.Section grow component={ScrollArea} offsetScrollbars="present">
            <NavLinks onNavigate={close} />
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id="main" tabIndex={-1}>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
      <GlobalSearch />
    </>
  );
}
