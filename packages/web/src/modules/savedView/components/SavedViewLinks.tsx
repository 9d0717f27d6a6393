import { useQuery } from '@apollo/client/react';
import { NavLink } from '@mantine/core';
import { IconDeviceFloppy, IconFilter } from '@tabler/icons-react';
import { lazy, Suspense, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { WebRecordKind } from '../../../app/records/recordKinds';
import { useSession } from '../../../app/session/useSession';
import { graphql } from '../../../generated';

/** The dialog (and its form controls) load on first use, not with every page's navigation. */
const SaveViewDialog = lazy(async () => ({ default: (await import('./SaveViewDialog')).SaveViewDialog }));

export const SavedViews = graphql(`
  query NavigationSavedViews {
    savedViews(first: 100) {
      nodes {
        id
        name
        kind
        filters
        sort
        columns
        visibility
      }
    }
  }
`);

/** A saved view's list URL: the list's path with the view's filters, sort and columns. */
function savedViewHref(
  path: string,
  view: { filters: Record<string, unknown>; sort?: string | null; columns: string[] },
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(view.filters)) if (typeof value === 'string') params.set(key, value);
  if (view.sort) params.set('sort', view.sort);
  if (view.columns.length) params.set('cols', view.columns.join(','));
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/**
 * Under a list in the navigation: the saved views of that list the user may see, and, on the
 * list itself, "Save this view" for editors.
 */
export function SavedViewLinks({ kind, onNavigate }: { kind: WebRecordKind; onNavigate?: () => void }) {
  const { data } = useQuery(SavedViews);
  const { pathname, search } = useLocation();
  const { canEdit } = useSession();
  const [saving, setSaving] = useState(false);
  const views = (data?.savedViews.nodes ?? []).filter((view) => view.kind === kind.savedViews);
  const onList = pathname === kind.path;
  return (
    <>
      {views.map((view) => {
        const href = savedViewHref(kind.path!, view);
        const active = `${pathname}${search}` === href;
        return (
          <NavLink
            key={view.id}
            component={Link}
            to={href}
            label={view.name}
            pl="xl"
            leftSection={<IconFilter size={16} stroke={1.6} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
          />
        );
      })}
      {onList && canEdit && (
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
          <SaveViewDialog kind={kind} search={search} onClose={() => setSaving(false)} />
        </Suspense>
      )}
    </>
  );
}
