/** The page the browser shows now: path, query and fragment. */
function currentPath(): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${search}${hash}`;
}

/** The server's sign-in, coming back to `returnTo` (this page by default). */
export function signInUrl(returnTo: string = currentPath()): string {
  return `/auth/login?returnTo=${encodeURIComponent(returnTo)}`;
}
