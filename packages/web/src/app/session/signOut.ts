/**
 * POST /auth/logout from script: fetch() sends this page's Origin, which the server checks (a
 * plain form post would send `Origin: null` under the no-referrer policy). Answers where the
 * browser goes next: the provider's sign-out page, or the app.
 */
export async function signOut(): Promise<string> {
  const response = await fetch('/auth/logout', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`sign-out answered ${response.status}`);
  const body = (await response.json()) as { redirectTo?: string };
  return body.redirectTo ?? '/';
}
