type Listener = () => void;

const listeners = new Set<Listener>();

/** Says that the server no longer knows the session (an operation answered UNAUTHENTICATED). */
export function reportSessionExpired(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` each time the session is found expired; answers the unsubscribe function. */
export function onSessionExpired(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
