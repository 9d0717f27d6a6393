import path from 'node:path';

/** The repository's root. */
export const REPO_ROOT = path.resolve(__dirname, '../../../..');

/** What CI keeps after a run: screenshots, the server's log. */
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts');
export const SCREENSHOTS_DIR = path.join(ARTIFACTS_DIR, 'screenshots');

export const SERVER_MAIN = path.join(REPO_ROOT, 'packages/server/dist/main.js');
export const WEB_INDEX = path.join(REPO_ROOT, 'packages/web/dist/index.html');
