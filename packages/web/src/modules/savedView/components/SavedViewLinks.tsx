import { useQuery } from '@apollo/client/react';
import { Group, NavLink } from '@mantine/core';
import { IconDeviceFloppy, IconFilter } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';
import { savedViewHref, type SavedViewTarget } from '../lib/savedViewTargets';
import { SavedViewMenu } from './SavedViewMenu';

/** The dialog (and its form controls) load on first use, not with every page's navigation. */
const SaveViewDialog = lazy(async () => ({ default: (await import('./SaveViewDialog')).SaveViewDialog }));

export const SavedViews = graphql(`
  query NavigationSavedViews {
    savedViews(first: 100) {
      nodes {
        id
        version
        name
        kind
        filters
        sort
        columns
        visibility
        owner {
          id
        }
      }
    }
  }
`);

/**
 * Under a list (or the graph) in the navigation: its saved views the user may see, each with
 * Rename and Delete for its owner and admins, and, on the page itself, "Save this view" for editors.
 */
export function SavedViewLinks({ target, onNavigate }: { target: SavedViewTarget; onNavigate?: () => void }) {
  const { data } = useQuery(SavedViews);
  const { pathname, search } = useLocation();
  const { canEdit, isAdmin, user } = useSession();
  const [saving, setSaving] = useState(false);
  const views = (data?.savedViews.nodes ?? []).filter((view) => view.kind === target.kind);
  const onPage = pathname === target.path;
  return (
    <>
      {views.map((view) => {
        const href = savedViewHref(target, view);
        const active = `${pathname}${search}` === href;
        const mayChange = canEdit && (isAdmin || view.owner?.id === user.id);
        return (
          <Group key={view.id} gap={0} wrap="nowrap">
            <NavLink
              component={Link}
              to={href}
              label={view.name}
              pl="xl"
              style={{ flex: 1, minWidth: 0 }}
              leftSection={<IconFilter size={16} stroke={1.6} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={onNavigate}
            />
            {mayChange && <SavedViewMenu view={view} />}
          </Group>
        );
      })}
      {onPage && canEdit && (
        <NavLink
          component="button"
          label="Save this view…"
          pl="xl"
          c="dimmed"
          leftSection={<IconDeviceFloppy size={16} stroke={1.6} aria-hidden />}
          onClick={() => setSaving(true)}
        />
      )}
      {saving && (
        <Suspense fallback={null}>
          <SaveViewDialog target={target} search={search} onClose={() => setSaving(false)} />
        </Suspense>
      )}
    </>
  );
}
