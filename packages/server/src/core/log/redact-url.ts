/** Query parameters that carry a secret or a one-time credential (the sign-in callback's code …). */
const SECRET_PARAMETERS = ['code', 'state', 'session_state', 'id_token_hint', 'logout_token', 'access_token', 'token'];

/** The URL as logs may show it: the values of secret query parameters replaced. */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url || !url.includes('?')) return url;
  const [path, query] = url.split('?', 2);
  const params = new URLSearchParams(query);
  let changed = false;
  for (const name of SECRET_PARAMETERS) {
    if (params.has(name)) {
      params.set(name, '[redacted]');
      changed = true;
    }
  }
  return changed ? `${path}?${params.toString()}` : url;
}
