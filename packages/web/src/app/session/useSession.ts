import { useContext } from 'react';
import { SessionContext, type Session } from './sessionContext';

/** The signed-in user and what they may do; only inside the signed-in part of the app. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is used outside <SessionProvider>');
  return session;
}
