import { useQuery } from '@apollo/client/react';
import { Center, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useMemo, type ReactNode } from 'react';
import { graphql } from '../../generated';
import { ErrorAlert } from '../../ui/errors/ErrorAlert';
import { SessionContext, type Session } from './sessionContext';
import { signInUrl } from './signInUrl';

const SessionQuery = graphql(`
  query Session {
    me {
      id
      name
      email
      role
    }
    authInfo {
      demo
    }
  }
`);

/**
 * Asks the server who is signed in. Nobody: the browser goes to the server's sign-in, which
 * comes back to the same page. Somebody: the app renders, with the session in context.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { data, error, loading, refetch } = useQuery(SessionQuery);
  const me = data?.me;
  const signedOut = !loading && !error && data && !me;

  useEffect(() => {
    if (signedOut) window.location.assign(signInUrl());
  }, [signedOut]);

  const session = useMemo<Session | null>(
    () =>
      me
        ? {
            user: me,
            demo: data.authInfo.demo,
            canEdit: me.role === 'EDITOR' || me.role === 'ADMIN',
            isAdmin: me.role === 'ADMIN',
          }
        : null,
    [me, data],
  );

  if (error && !session) {
    return (
      <Center mih="100vh" p="md">
        <ErrorAlert error={error} title="Liaison could not start" onRetry={() => void refetch()} />
      </Center>
    );
  }
  if (!session) {
    return (
      <Center mih="100vh">
        <Stack align="center" gap="xs" role="status">
          <Loader aria-hidden />
          <Text>{signedOut ? 'Taking you to sign-in…' : 'Loading Liaison…'}</Text>
        </Stack>
      </Center>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
