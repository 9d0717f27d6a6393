import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** How one value lives in the query string; `format` answers null to leave it out (its default). */
export interface UrlParam<T> {
  parse(raw: string | null): T;
  format(value: T): string | null;
}

type SortDirection = 'asc' | 'desc';
export interface SortState {
  key: string;
  direction: SortDirection;
}

/** Codecs for the usual kinds of view state. Defaults stay out of the URL, so it stays short. */
export const urlParam = {
  string: (fallback = ''): UrlParam<string> => ({
    parse: (raw) => raw ?? fallback,
    format: (value) => (value === fallback ? null : value),
  }),
  integer: (fallback: number, { min = 1, max = Number.MAX_SAFE_INTEGER } = {}): UrlParam<number> => ({
    parse: (raw) => {
      const value = raw === null ? NaN : Number.parseInt(raw, 10);
      return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
    },
    format: (value) => (value === fallback ? null : String(value)),
  }),
  /** A comma-separated list: `kind=UNIVERSITY,COMPANY`. */
  list: (fallback: string[] = []): UrlParam<string[]> => ({
    parse: (raw) => (raw === null ? fallback : raw.split(',').filter(Boolean)),
    format: (value) => (value.join(',') === fallback.join(',') ? null : value.join(',')),
  }),
  /** A sort as `sort=name` (ascending) or `sort=-name` (descending). */
  sort: (fallback: SortState): UrlParam<SortState> => ({
    parse: (raw) => (raw ? { key: raw.replace(/^-/, ''), direction: raw.startsWith('-') ? 'desc' : 'asc' } : fallback),
    format: (value) =>
      value.key === fallback.key && value.direction === fallback.direction
        ? null
        : `${value.direction === 'desc' ? '-' : ''}${value.key}`,
  }),
};

type Values<P> = { [K in keyof P]: P[K] extends UrlParam<infer T> ? T : never };

export interface SetUrlStateOptions {
  /** Replaces the history entry instead of adding one (typing in a filter). */
  replace?: boolean;
}

/**
 * A view's state (filters, sort, columns, page) in the URL's query string, so that the view can be
 * bookmarked, shared and reached with Back. `params` must be a constant (declared outside the component).
 */
export function useUrlState<P extends Record<string, UrlParam<unknown>>>(
  params: P,
): [Values<P>, (patch: Partial<Values<P>>, options?: SetUrlStateOptions) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const values = useMemo(
    () =>
      Object.fromEntries(
        Object.entries(params).map(([name, param]) => [name, param.parse(searchParams.get(name))]),
      ) as Values<P>,
    [params, searchParams],
  );
  const update = useCallback(
    (patch: Partial<Values<P>>, options: SetUrlStateOptions = {}) => {
      setSearchParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [name, value] of Object.entries(patch)) {
            const formatted = params[name]?.format(value);
            if (formatted === null || formatted === undefined) next.delete(name);
            else next.set(name, formatted);
          }
          return next;
        },
        { replace: options.replace },
      );
    },
    [params, setSearchParams],
  );
  return [values, update];
}
