import { NavLink, Stack } from '@mantine/core';
import { Fragment } from 'react';
import { Link, useLocation } from 'react-router';
import { kindsWith } from '../records/recordKinds';
import { useSession } from '../session/useSession';
import { SavedViewLinks } from '../../modules/savedView/components/SavedViewLinks';
import { NAVIGATION } from './navigation';

/** The lists whose saved views the navigation shows under them, by path. */
const listed = new Map(kindsWith('savedViews').map((kind) => [kind.path, kind]));

/** The left navigation, with each list's saved views under it; the current section is marked for screen readers too. */
export function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { pathname } = useLocation();
  const { isAdmin } = useSession();
  return (
    <Stack gap={2}>
      {NAVIGATION.filter((item) => isAdmin || !item.adminOnly).map((item) => {
        const section = item.to.startsWith('/admin/') ? '/admin' : item.to;
        const active = pathname === item.to || pathname.startsWith(`${section}/`);
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
            {listed.has(item.to) && <SavedViewLinks kind={listed.get(item.to)!} onNavigate={onNavigate} />}
          </Fragment>
        );
      })}
    </Stack>
  );
}
