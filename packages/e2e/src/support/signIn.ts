import type { Page } from 'playwright-core';

export type DemoUser = 'admin' | 'editor' | 'viewer';

export const DEMO_NAMES: Record<DemoUser, string> = {
  admin: 'Ada Admin',
  editor: 'Eddie Editor',
  viewer: 'Vera Viewer',
};

/**
 * Signs in as a person would: opens a page of the app, which sends the browser to the server's
 * sign-in, then to the demo provider's page, where the demo user is chosen; back on the page,
 * waits until the app shows who is signed in.
 */
export async function signIn(page: Page, user: DemoUser, path = '/organizations'): Promise<void> {
  await page.goto(path);
  await page.waitForURL(/\/oidc\/interaction\//);
  await page.getByRole('button', { name: new RegExp(DEMO_NAMES[user]) }).click();
  await page.waitForURL((url) => url.pathname === new URL(path, 'http://x').pathname);
  await page.getByTestId('signed-in-user').getByText(DEMO_NAMES[user]).waitFor();
}

/** Signs out through the app's button, and confirms on the demo provider's page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  const confirm = page.getByRole('button', { name: 'Yes, sign me out' });
  await confirm.waitFor();
  await confirm.click();
}
