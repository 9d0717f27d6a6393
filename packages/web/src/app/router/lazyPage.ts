import { lazy, type ComponentType } from 'react';

/**
 * A page loaded with its own JavaScript chunk on first visit (React.lazy), from a module with
 * named exports: `lazyPage(() => import('./pages/OrganizationListPage'), 'OrganizationListPage')`.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
