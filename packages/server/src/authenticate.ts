import type { IncomingMessage } from 'node:http';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { AuthCookies } from './core/auth/cookies';
import type { Viewer } from './core/auth/viewer';
import { isCrossSite } from './core/http/same-origin';
import { viewerForSession } from './modules/session/session.service';
import { tokenViewerCache, viewerForToken } from './modules/token/api-token.service';

function refused(message: string, status = 401, code = 'UNAUTHENTICATED'): GraphQLError {
  return new GraphQLError(message, { extensions: { code, http: { status } } });
}

/** How session cookies are read. */
export interface SessionAuthentication {
  cookies: AuthCookies;
  idleTimeoutMs: number;
  /** This app's origin, which cookie-authenticated writes must come from. */
  publicUrl: () => string;
}

/** How API tokens are checked. */
export interface TokenAuthentication {
  /** How long a checked token's viewer is kept (the bound on a revocation made elsewhere); 5 s unless given, 0 for none. */
  cacheMs?: number;
  /** The clock of that cache (tests move it). */
  now?: () => number;
}

const DEFAULT_SESSIONS: SessionAuthentication = {
  cookies: new AuthCookies(undefined),
  idleTimeoutMs: 120 * 60_000,
  publicUrl: () => '',
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Who sends a request: an `Authorization: Bearer` API token, a session cookie, or no one. Bad
 * token credentials are refused outright rather than treated as anonymous, so a script learns
 * its token is wrong; an unknown or expired session is anonymous, so the web app can send the
 * browser to sign in. A cookie-authenticated write from another site is refused (CSRF).
 */
export function createAuthenticator(
  dataSource: DataSource,
  sessions: SessionAuthentication = DEFAULT_SESSIONS,
  tokens: TokenAuthentication = {},
) {
  const tokenViewers = tokenViewerCache(tokens.cacheMs, tokens.now);
  return async (req: Request): Promise<Viewer | null> => {
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw refused('The Authorization header must be "Bearer <token>"');
      const viewer = await viewerForToken(dataSource, match[1], tokenViewers);
      if (!viewer) throw refused('The API token is unknown, expired or revoked');
      return viewer;
    }
    const secret = sessions.cookies.read(req, sessions.cookies.session);
    if (!secret) return null;
    if (!SAFE_METHODS.has(req.method) && isCrossSite(req, [sessions.publicUrl()])) {
      throw refused('Requests with the session cookie must come from this site', 403, 'FORBIDDEN');
    }
    return viewerForSession(dataSource, secret, sessions.idleTimeoutMs);
  };
}

/** Whether a WebSocket upgrade comes from a page of this app: its Origin is the public URL's or names the Host it was sent to. */
function fromThisSite(request: IncomingMessage, publicUrl: string): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === 'null' || request.headers['sec-fetch-site'] === 'cross-site') return false;
  try {
    if (publicUrl && origin === new URL(publicUrl).origin) return true;
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * Who opens a WebSocket for subscriptions: an API token in the `authorization` connection
 * parameter (`Bearer <token>`), else the session cookie of a page of this site (any WebSocket
 * carries the cookies, whatever site opened it, so its Origin must be ours), else no one.
 */
export function createSocketAuthenticator(
  dataSource: DataSource,
  sessions: SessionAuthentication = DEFAULT_SESSIONS,
  tokens: TokenAuthentication = {},
) {
  const tokenViewers = tokenViewerCache(tokens.cacheMs, tokens.now);
  return async (request: IncomingMessage, params: Record<string, unknown> | undefined): Promise<Viewer | null> => {
    const authorization = params?.authorization;
    if (authorization !== undefined) {
      const match = typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization) : null;
      if (!match) throw refused('The authorization parameter must be "Bearer <token>"');
      const viewer = await viewerForToken(dataSource, match[1], tokenViewers);
      if (!viewer) throw refused('The API token is unknown, expired or revoked');
      return viewer;
    }
    const secret = sessions.cookies.read(request as Request, sessions.cookies.session);
    if (!secret) return null;
    if (!fromThisSite(request, sessions.publicUrl())) {
      throw refused('WebSockets with the session cookie must come from this site', 403, 'FORBIDDEN');
    }
    return viewerForSession(dataSource, secret, sessions.idleTimeoutMs);
  };
}
