import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** One field of a form, as the conflict dialog compares and shows it. */
export type ConflictFieldSpec<V> = {
  [K in keyof V & string]: {
    key: K;
    label: string;
    /** How a value reads in the dialog; strings as they are, blanks as "—" when not given. */
    format?: (value: V[K]) => string;
    /** Whether two values are the same; compares them as JSON when not given. */
    same?: (a: V[K], b: V[K]) => boolean;
  };
}[keyof V & string];

/** A spec with its value type forgotten, for the generic code below. */
interface AnySpec {
  key: string;
  label: string;
  format?: (value: unknown) => string;
  same?: (a: unknown, b: unknown) => boolean;
}

/** A field that differs between the version you started from, theirs and yours, said in words. */
export interface ConflictField {
  key: string;
  label: string;
  /** What the field held when you started editing. */
  base: string;
  theirs: string;
  yours: string;
  changedByThem: boolean;
  changedByYou: boolean;
}

/** Whether an API error says the record changed since the version that was sent. */
export function isConflict(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'CONFLICT');
}

const sameAsJson = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function formatted(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

const sameFor = (spec: AnySpec) => spec.same ?? sameAsJson;
const valuesOf = (record: unknown) => record as Record<string, unknown>;

/** The fields that someone changed (they, you, or both), with the three values as text. */
export function conflictFieldsOf<V>(specs: ConflictFieldSpec<V>[], base: V, theirs: V, yours: V): ConflictField[] {
  const [b, t, y] = [valuesOf(base), valuesOf(theirs), valuesOf(yours)];
  return (specs as AnySpec[]).flatMap((spec) => {
    const same = sameFor(spec);
    const changedByThem = !same(b[spec.key], t[spec.key]);
    const changedByYou = !same(b[spec.key], y[spec.key]);
    if (!changedByThem && !changedByYou) return [];
    const show = spec.format ?? formatted;
    return [
      {
        key: spec.key,
        label: spec.label,
        base: show(b[spec.key]),
        theirs: show(t[spec.key]),
        yours: show(y[spec.key]),
        changedByThem,
        changedByYou,
      },
    ];
  });
}

/**
 * Your edits on top of their version: each field you changed keeps your value, every other field
 * (and anything not in `specs`, such as the version) takes theirs.
 */
export function reapplyEdits<V>(specs: ConflictFieldSpec<V>[], base: V, theirs: V, yours: V): V {
  const [b, y] = [valuesOf(base), valuesOf(yours)];
  const merged = { ...valuesOf(theirs) };
  for (const spec of specs as AnySpec[]) {
    if (!sameFor(spec)(b[spec.key], y[spec.key])) merged[spec.key] = y[spec.key];
  }
  return merged as V;
}
