import type { DemoAccount } from './demo-accounts';

/** The pages of the demo provider: plain HTML and one stylesheet of this server, so the strict CSP holds. */

export const DEMO_STYLESHEET = `
body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d2330; }
main { max-width: 34rem; margin: 3rem auto; padding: 2rem; background: #fff; border-radius: 8px; box-shadow: 0 1px 4px rgba(0,0,0,.15); }
.demo { display: inline-block; margin: 0 0 1rem; padding: .4rem .9rem; border-radius: 4px; background: #b3261e; color: #fff;
  font-size: 1.4rem; font-weight: 700; letter-spacing: .04em; text-transform: uppercase; }
h1 { margin: 0 0 .5rem; font-size: 1.5rem; }
p { line-height: 1.5; }
.accounts { display: grid; gap: .75rem; margin: 1.5rem 0; }
.accounts button, .actions button { width: 100%; text-align: left; padding: .8rem 1rem; border: 1px solid #c4c8d0; border-radius: 6px;
  background: #fff; font: inherit; cursor: pointer; }
.accounts button:hover, .accounts button:focus { border-color: #1d4ed8; background: #eef2ff; }
.accounts strong { display: block; font-size: 1.1rem; }
.accounts span { color: #4b5263; font-size: .9rem; }
.actions { display: grid; gap: .5rem; }
.cancel { background: none; border: none; color: #4b5263; text-decoration: underline; cursor: pointer; font: inherit; padding: 0; }
code { background: #eef0f3; padding: 0 .25rem; border-radius: 3px; }
`;

const escapeHtml = (value: unknown) =>
  String(value).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function page(mountPath: string, title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Liaison demo sign-in</title>
<link rel="stylesheet" href="${mountPath}/demo.css">
</head>
<body>
<main>
<p class="demo">Demo sign-in</p>
${body}
</main>
</body>
</html>
`;
}

export function loginPage(mountPath: string, uid: string, accounts: DemoAccount[]): string {
  const action = `${mountPath}/interaction/${encodeURIComponent(uid)}`;
  const buttons = accounts
    .map(
      (account) => `<button type="submit" name="account" value="${escapeHtml(account.id)}">
<strong>${escapeHtml(account.name)}</strong>
<span>${escapeHtml(account.role)} · ${escapeHtml(account.email)} — can ${escapeHtml(account.can)}</span>
</button>`,
    )
    .join('\n');
  return page(
    mountPath,
    'Sign in',
    `<h1>Sign in to Liaison</h1>
<p>This is the built-in demo identity provider, for trying Liaison out: choose a demo user, no password needed.
Set <code>OIDC_ISSUER</code> to sign in through a real identity provider.</p>
<form method="post" action="${action}/login" class="accounts">
${buttons}
</form>
<form method="post" action="${action}/abort"><button type="submit" class="cancel">Cancel</button></form>`,
  );
}

export function logoutPage(mountPath: string, form: string): string {
  return page(
    mountPath,
    'Sign out',
    `<h1>Sign out of the demo provider?</h1>
<p>You have signed out of Liaison. Signing out here too means choosing a demo user again next time.</p>
${form}
<div class="actions">
<button type="submit" form="op.logoutForm" name="logout" value="yes" autofocus>Yes, sign me out</button>
<button type="submit" form="op.logoutForm">No, stay signed in here</button>
</div>`,
  );
}

export function messagePage(
  mountPath: string,
  title: string,
  message: string,
  link?: { href: string; text: string },
): string {
  return page(
    mountPath,
    title,
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
${link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.text)}</a></p>` : ''}`,
  );
}
