import { useCallback, useEffect, useMemo, useRef } from 'react';

const PREFIX = 'liaison:draft:';

export interface Draft<T> {
  /** What was stored under this key when the form opened (say, before a sign-in); null if nothing. */
  initial: T | null;
  /**
   * The record as it was when that input was begun; null without a draft. A conflict compares
   * against it, so that what others changed since is not taken for one's own edits.
   */
  base: T | null;
  /** Keeps the input: call it on every change. */
  save(value: T): void;
  /** Forgets the input: call it once saved on the server, or when the person discards it. */
  clear(): void;
}

interface Stored<T> {
  values: T;
  base: T;
}

function read<T>(storageKey: string): Stored<T> | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as Stored<T>) : null;
  } catch {
    return null;
  }
}

/**
 * Unsaved form input kept in sessionStorage (this tab only), so that it survives a reload or a
 * sign-in after the session ended. `key` names the form and its record: `organization:new`,
 * `organization:<id>`; `base` is the record's values the input starts from.
 */
export function useDraft<T>(key: string, base: T): Draft<T> {
  const storageKey = PREFIX + key;
  const stored = useMemo(() => read<T>(storageKey), [storageKey]);
  const currentBase = useRef(base);
  useEffect(() => {
    currentBase.current = base;
  });
  // The base of the input being kept: the stored draft's, else the record's when typing began.
  const keptBase = useRef<T | null>(stored?.base ?? null);
  const save = useCallback(
    (value: T) => {
      keptBase.current ??= currentBase.current;
      try {
        const entry: Stored<T> = { values: value, base: keptBase.current };
        window.sessionStorage.setItem(storageKey, JSON.stringify(entry));
      } catch {
        // Storage full or refused: the form still works, only without the safety net.
      }
    },
    [storageKey],
  );
  const clear = useCallback(() => {
    keptBase.current = null;
    window.sessionStorage.removeItem(storageKey);
  }, [storageKey]);
  return useMemo(
    () => ({ initial: stored?.values ?? null, base: stored?.base ?? null, save, clear }),
    [stored, save, clear],
  );
}

/** Leaves input for a form to open with, as if typed there: `key` as for useDraft. */
export function writeDraft<T>(key: string, values: T, base: T): void {
  const entry: Stored<T> = { values, base };
  window.sessionStorage.setItem(PREFIX + key, JSON.stringify(entry));
}

/** Forgets the draft of one form. */
export function removeDraft(key: string): void {
  window.sessionStorage.removeItem(PREFIX + key);
}

/** Forgets every draft of this tab (on sign-out). */
export function clearAllDrafts(): void {
  const keys = Array.from({ length: window.sessionStorage.length }, (_, i) => window.sessionStorage.key(i));
  for (const key of keys) if (key?.startsWith(PREFIX)) window.sessionStorage.removeItem(key);
}
