import { NavLink, Stack } from '@mantine/core';
import { Fragment } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../session/useSession';
import { SavedViewLinks } from '../../modules/savedView/components/SavedViewLinks';
import { SAVED_VIEW_TARGETS } from '../../modules/savedView/lib/savedViewTargets';
import { NAVIGATION } from './navigation';

/** The left navigation, with the saved views of each list and of the graph under it; the current section is marked for screen readers too. */
export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { pathname } = useLocation();
  const { isAdmin } = useSession();
  return (
    <Stack gap={2}>
      {NAVIGATION.filter((item) => isAdmin || !item.adminOnly).map((item) => {
        // "Users and teams" stands for the admin pages that have no entry of their own.
        const section = item.to === '/admin/users' ? '/admin' : item.to;
        const ownEntry = NAVIGATION.some(
          (other) => other !== item && pathname.startsWith(other.to) && other.to !== '/',
        );
        const active = pathname === item.to || (pathname.startsWith(`${section}/`) && !ownEntry);
        return (
          <Fragment key={item.to}>
            <NavLink
              component={Link}
              to={item.to}
              label={item.label}
              leftSection={<item.icon size={20} stroke={1.6} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
            />
            {SAVED_VIEW_TARGETS.has(item.to) && (
              <SavedViewLinks target={SAVED_VIEW_TARGETS.get(item.to)!} onNavigate={onNavigate} />
            )}
          </Fragment>
        );
      })}
    </Stack>
  );
}
