import { useCallback, useMemo } from 'react';

const PREFIX = 'liaison:draft:';

export interface Draft<T> {
  /** What was stored under this key when the form opened (say, before a sign-in); null if nothing. */
  initial: T | null;
  /** Keeps the input: call it on every change. */
  save(value: T): void;
  /** Forgets the input: call it once saved on the server, or when the person discards it. */
  clear(): void;
}

function read<T>(storageKey: string): T | null {
  try {
    const raw = window.sessionStorage.getItem(storageKey);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

/**
 * Unsaved form input kept in sessionStorage (this tab only), so that it survives a reload or a
 * sign-in after the session ended. `key` names the form and its record: `organization:new`,
 * `organization:<id>`.
 */
export function useDraft<T>(key: string): Draft<T> {
  const storageKey = PREFIX + key;
  const initial = useMemo(() => read<T>(storageKey), [storageKey]);
  const save = useCallback(
    (value: T) => {
      try {
        window.sessionStorage.setItem(storageKey, JSON.stringify(value));
      } catch {
        // Storage full or refused: the form still works, only without the safety net.
      }
    },
    [storageKey],
  );
  const clear = useCallback(() => window.sessionStorage.removeItem(storageKey), [storageKey]);
  return useMemo(() => ({ initial, save, clear }), [initial, save, clear]);
}

/** Forgets every draft of this tab (on sign-out). */
export function clearAllDrafts(): void {
  const keys = Array.from({ length: window.sessionStorage.length }, (_, i) => window.sessionStorage.key(i));
  for (const key of keys) if (key?.startsWith(PREFIX)) window.sessionStorage.removeItem(key);
}
