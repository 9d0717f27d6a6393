import { Browser, type BrowserResponse } from './browser';

/** The form fields of the first `<form>` with this action in a page. */
export function formFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
    fields[match[1]] = match[2];
  return fields;
}

/** GET /auth/login: answers the provider's authorization URL it redirects to. */
export async function startSignIn(browser: Browser, url: string, returnTo?: string): Promise<string> {
  const query = returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  const response = await browser.request(`${url}/auth/login${query}`);
  if (response.status !== 303 || !response.location) throw new Error(`login: ${response.status} ${response.text}`);
  return response.location;
}

/**
 * Goes through the demo provider from an authorization URL: its sign-in page, the choice of a
 * demo user; answers the URL the provider sends the browser back to (the callback, not visited).
 */
export async function authorizeAt(browser: Browser, authorizationUrl: string, account = 'demo-admin'): Promise<string> {
  const page = await browser.follow(authorizationUrl);
  const action = /<form method="post" action="([^"]+\/login)"/.exec(page.text)?.[1];
  if (page.status !== 200 || !action) throw new Error(`no sign-in page: ${page.status} ${page.text.slice(0, 300)}`);
  const origin = new URL(page.url).origin;
  const back = await browser.follow(`${origin}${action}`, { form: { account } }, (next) =>
    next.includes('/auth/callback'),
  );
  if (!back.url.includes('/auth/callback'))
    throw new Error(`not sent back: ${back.url} ${back.status} ${back.text.slice(0, 300)}`);
  return back.url;
}

/** The whole sign-in as a demo user; answers the callback's response (303 to returnTo when it worked). */
export async function signIn(
  browser: Browser,
  url: string,
  account = 'demo-admin',
  returnTo?: string,
): Promise<BrowserResponse> {
  const callback = await authorizeAt(browser, await startSignIn(browser, url, returnTo), account);
  return browser.request(callback);
}

/** A browser signed in as a demo user. */
export async function signedInBrowser(url: string, account = 'demo-admin'): Promise<Browser> {
  const browser = new Browser();
  const response = await signIn(browser, url, account);
  if (response.status !== 303) throw new Error(`sign-in failed: ${response.status} ${response.text}`);
  return browser;
}

/** A GraphQL operation from the browser, with its cookies, as the web app sends it. */
export async function browserGraphql(
  browser: Browser,
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: { data?: Record<string, unknown>; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}> {
  const response = await browser.request(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: JSON.parse(response.text) as never };
}
