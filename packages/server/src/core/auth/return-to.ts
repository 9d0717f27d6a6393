const hasControlCharacter = (value: string) =>
  [...value].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** A path of this site as it stands: one slash first, no backslash, no control character. */
const isSitePath = (value: string) =>
  value.startsWith('/') && !value.startsWith('//') && !value.includes('\\') && !hasControlCharacter(value);

/**
 * Where to send the browser after signing in: a path of this site, or `/`. The value is
 * normalised first (`/a/../b` is `/b`) and the result checked, since normalising can make a
 * scheme-relative URL of a path (`/..//evil.example` is `//evil.example`). Absolute URLs,
 * scheme-relative ones, backslashes (which browsers read as slashes) and control characters
 * are refused, so the sign-in cannot be used as an open redirect.
 */
export function safeReturnTo(value: unknown, origin: string): string {
  if (typeof value !== 'string' || value.length > 2000 || !isSitePath(value)) return '/';
  try {
    const url = new URL(value, origin);
    const normalised = `${url.pathname}${url.search}${url.hash}`;
    return url.origin === origin && isSitePath(normalised) ? normalised : '/';
  } catch {
    return '/';
  }
}
