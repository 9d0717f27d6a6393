import { createContext, useContext } from 'react';
import type { LiveConnection } from './liveConnection';

/**
 * The live connection of the app, or null where there is none (component tests without one):
 * live hooks then do nothing, and pages work as loaded.
 */
export const LiveUpdatesContext = createContext<Pick<LiveConnection, 'onReconnected'> | null>(null);

export function useLiveConnection(): Pick<LiveConnection, 'onReconnected'> | null {
  return useContext(LiveUpdatesContext);
}
