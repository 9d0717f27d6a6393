import express, { type Request, type Response, type Router } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import type { DataSource } from 'typeorm';
import type { AuthCookies } from '../../core/auth/cookies';
import type { LogoutTokenVerifier } from '../../core/auth/logout-token';
import type { OidcClient } from '../../core/auth/oidc-client';
import { safeReturnTo } from '../../core/auth/return-to';
import type { ClaimRules } from '../../core/config/sign-in-config';
import { createRateLimiter } from '../../core/http/rate-limit';
import { isCrossSite } from '../../core/http/same-origin';
import { signInProblemPage } from './auth.pages';
import { profileFromClaims } from './claims';
import {
  closeProviderSessions,
  closeSession,
  openSession,
  pruneSessions,
  type SessionTimeouts,
} from './session.service';
import { rememberSignIn, SIGN_IN_TIMEOUT_MS, takeSignIn } from './sign-in-request.service';
import { SignInRefusedError, signInUser } from './sign-in.service';

export interface AuthRoutesOptions {
  dataSource: DataSource;
  oidc: OidcClient;
  logoutTokens: LogoutTokenVerifier;
  cookies: AuthCookies;
  /** Where browsers reach the app (origin, no trailing slash). */
  publicUrl: () => string;
  timeouts: SessionTimeouts;
  claims: ClaimRules;
  /** Requests to /auth/* per window and IP address; none when absent or 0. */
  rateLimit?: { windowMs: number; limit: number };
}

type ErrorLike = {
  name?: string;
  code?: string;
  message?: string;
  error?: unknown;
  error_description?: unknown;
  cause?: unknown;
};

/**
 * A short, secret-free description of why a sign-in failed, for the log: names, codes and
 * messages (which name the claim or parameter that differed, never its value); the values that
 * errors carry along (expected state, nonce, response bodies) are left out.
 */
function reasonOf(error: unknown): Record<string, unknown> {
  const e = error as ErrorLike;
  const short = (value: unknown) => (typeof value === 'string' ? value.slice(0, 200) : undefined);
  const cause = e.cause instanceof Error ? (e.cause as ErrorLike) : undefined;
  return {
    name: e.name,
    code: e.code,
    message: short(e.message),
    error: short(e.error),
    errorDescription: short(e.error_description),
    cause: cause && { code: cause.code, message: short(cause.message) },
  };
}

function problem(res: Response, status: number, title: string, message: string): void {
  res.status(status).set('Cache-Control', 'no-store').type('html').send(signInProblemPage(title, message));
}

/**
 * Sign-in as a backend for the frontend: the browser never sees a token, only the session cookie.
 *   GET  /auth/login?returnTo=/path   → the provider's sign-in page
 *   GET  /auth/callback               → checks the answer, opens the session, back to returnTo
 *   POST /auth/logout                 → ends the session, then the provider's (RP-initiated logout)
 *   POST /auth/backchannel-logout     → the provider ends sessions (OpenID back-channel logout)
 */
export function authRoutes(options: AuthRoutesOptions): Router {
  const { dataSource, oidc, cookies, publicUrl, timeouts } = options;
  const router = express.Router();
  router.use('/auth', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  if (options.rateLimit?.limit) {
    router.use(
      '/auth',
      createRateLimiter({
        dataSource,
        prefix: 'auth:',
        windowMs: options.rateLimit.windowMs,
        limit: options.rateLimit.limit,
        key: (req) => ipKeyGenerator(req.ip ?? 'unknown'),
        refuse: (_req, res, retryAfter) =>
          res.type('text').send(`Too many sign-in requests from this address; try again in ${retryAfter} seconds.`),
      }),
    );
  }

  router.get('/auth/login', async (req, res) => {
    const returnTo = safeReturnTo(req.query.returnTo, publicUrl());
    let start;
    try {
      start = await oidc.start();
    } catch (error) {
      req.log.error({ event: 'sign-in failed', stage: 'discovery', reason: reasonOf(error) }, 'sign-in failed');
      return problem(res, 502, 'Sign-in is unavailable', 'The identity provider cannot be reached. Try again later.');
    }
    const secret = await rememberSignIn(dataSource, start, returnTo);
    cookies.set(res, cookies.signIn, secret, SIGN_IN_TIMEOUT_MS);
    res.redirect(303, start.url.href);
  });

  router.get('/auth/callback', async (req, res) => {
    const pending = await takeSignIn(dataSource, cookies.read(req, cookies.signIn));
    cookies.clear(res, cookies.signIn);
    if (!pending) {
      req.log.warn({ event: 'sign-in failed', reason: { name: 'NoPendingSignIn' } }, 'sign-in failed');
      return problem(
        res,
        400,
        'Sign-in failed',
        'This sign-in has expired, was already used or was started elsewhere.',
      );
    }
    let signedIn;
    try {
      signedIn = await oidc.finish(new URL(req.originalUrl, publicUrl()), pending);
    } catch (error) {
      req.log.warn({ event: 'sign-in failed', reason: reasonOf(error) }, 'sign-in failed');
      const refused = (error as { name?: string }).name === 'AuthorizationResponseError';
      return problem(
        res,
        refused ? 403 : 400,
        'Sign-in failed',
        refused
          ? 'The identity provider did not sign you in.'
          : 'The answer of the identity provider could not be verified.',
      );
    }
    let user;
    try {
      user = await signInUser(dataSource, profileFromClaims(signedIn.claims, options.claims), String(req.id));
    } catch (error) {
      if (!(error instanceof SignInRefusedError)) throw error;
      req.log.warn({ event: 'sign-in refused', reason: { message: error.message } }, 'sign-in refused');
      return problem(res, 403, 'Sign-in refused', `${error.message}. Ask an administrator.`);
    }
    const previous = cookies.read(req, cookies.session);
    if (previous) await closeSession(dataSource, previous);
    if (Math.random() < 0.05) await pruneSessions(dataSource, timeouts.idleTimeoutMs);
    const secret = await openSession(
      dataSource,
      {
        userId: user.id,
        issuer: signedIn.claims.iss,
        subject: signedIn.claims.sub,
        providerSessionId: typeof signedIn.claims.sid === 'string' ? signedIn.claims.sid : null,
      },
      timeouts,
    );
    cookies.set(res, cookies.session, secret, timeouts.absoluteTimeoutMs);
    req.log.info({ event: 'signed in', userId: user.id, role: user.role }, 'signed in');
    res.redirect(303, pending.returnTo);
  });

  router.post('/auth/logout', async (req: Request, res: Response) => {
    if (isCrossSite(req, [publicUrl()])) {
      return res.status(403).type('text').send('Sign-out must come from this site.');
    }
    const secret = cookies.read(req, cookies.session);
    cookies.clear(res, cookies.session);
    const closed = secret ? await closeSession(dataSource, secret) : null;
    let target = '/';
    if (closed && closed.issuer === oidc.issuer) {
      try {
        target = (await oidc.endSessionUrl(`${publicUrl()}/`))?.href ?? '/';
      } catch (error) {
        req.log.warn({ event: 'provider logout unavailable', reason: reasonOf(error) }, 'provider logout unavailable');
      }
    }
    if (req.accepts(['html', 'json']) === 'json') return res.json({ redirectTo: target });
    res.redirect(303, target);
  });

  router.post(
    '/auth/backchannel-logout',
    express.urlencoded({ extended: false, limit: '16kb' }),
    async (req: Request, res: Response) => {
      const token = (req.body as Record<string, unknown> | undefined)?.logout_token;
      try {
        if (typeof token !== 'string') throw new Error('no logout_token');
        const jwksUri = (await oidc.configuration()).serverMetadata().jwks_uri;
        if (!jwksUri) throw new Error('the provider publishes no keys');
        const target = await options.logoutTokens.verify(token, jwksUri);
        const ended = await closeProviderSessions(dataSource, oidc.issuer, target);
        req.log.info({ event: 'back-channel logout', sessions: ended }, 'back-channel logout');
        res.status(200).end();
      } catch (error) {
        req.log.warn({ event: 'back-channel logout refused', reason: reasonOf(error) }, 'back-channel logout refused');
        res.status(400).json({ error: 'invalid_request', error_description: 'The logout token is not valid.' });
      }
    },
  );
  return router;
}
