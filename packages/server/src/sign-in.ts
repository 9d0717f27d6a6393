import type { Router } from 'express';
import type { DataSource } from 'typeorm';
import { AuthCookies } from './core/auth/cookies';
import { LogoutTokenVerifier } from './core/auth/logout-token';
import { OidcClient } from './core/auth/oidc-client';
import type { SignInConfig } from './core/config/sign-in-config';
import type { Logger } from './core/log/logger';
import { DEMO_ROLE_CLAIM, DEMO_TEAM_CLAIM } from './modules/demo-idp/demo-accounts';
import { demoIdp } from './modules/demo-idp/demo-idp.routes';
import { announceSignInMode } from './modules/session/auth-info.resolver';
import { authRoutes } from './modules/session/auth.routes';
import type { SessionAuthentication } from './authenticate';

export interface SignInOptions {
  dataSource: DataSource;
  logger: Logger;
  config: SignInConfig;
  /** Where browsers reach the app: PUBLIC_URL, or http://localhost and the port once listening. */
  publicUrl: () => string;
  production: boolean;
  /** Requests to /auth/* per window and IP address; none when absent or 0. */
  rateLimit?: { windowMs: number; limit: number };
}

export interface SignIn {
  routes: Router[];
  /** What the authenticator needs to read session cookies. */
  sessions: SessionAuthentication;
  /** Origins forms may post to: the external provider's, for its logout page. */
  formActionOrigins: string[];
  /** Signing in goes through the built-in demo provider. */
  demo: boolean;
}

/**
 * Sign-in with OpenID Connect: through the provider at OIDC_ISSUER, or, when none is configured
 * (never in production), through the built-in demo provider mounted on this server, whose
 * claims carry the demo users' roles and teams.
 */
export function createSignIn(options: SignInOptions): SignIn {
  const { dataSource, logger, config, publicUrl } = options;
  const cookies = new AuthCookies(config.publicUrl);
  const routes: Router[] = [];
  let oidc: OidcClient;
  let claims = config.claims;
  if (config.oidc) {
    const { issuer, clientId, clientSecret, scopes } = config.oidc;
    oidc = new OidcClient({
      issuer: () => issuer,
      clientId,
      clientSecret,
      scopes,
      redirectUri: () => `${publicUrl()}/auth/callback`,
    });
  } else {
    if (options.production) throw new Error('the built-in demo sign-in is refused in production: set OIDC_ISSUER');
    const demo = demoIdp({ dataSource, logger, publicUrl });
    routes.push(demo.routes);
    oidc = new OidcClient({
      issuer: demo.issuer,
      clientId: demo.clientId,
      clientSecret: demo.clientSecret,
      scopes: ['openid', 'email', 'profile'],
      redirectUri: () => `${publicUrl()}/auth/callback`,
    });
    claims = {
      ...claims,
      roleClaim: claims.roleClaim ?? DEMO_ROLE_CLAIM,
      teamClaim: claims.teamClaim ?? DEMO_TEAM_CLAIM,
    };
  }
  routes.push(
    authRoutes({
      dataSource,
      oidc,
      logoutTokens: new LogoutTokenVerifier(() => oidc.issuer, oidc.clientId),
      cookies,
      publicUrl,
      timeouts: config.session,
      claims,
      rateLimit: options.rateLimit,
    }),
  );
  announceSignInMode({ demo: !config.oidc });
  return {
    routes,
    sessions: { cookies, idleTimeoutMs: config.session.idleTimeoutMs, publicUrl },
    formActionOrigins: config.oidc ? [new URL(config.oidc.issuer).origin] : [],
    demo: !config.oidc,
  };
}
