import * as client from 'openid-client';

export interface OidcClientOptions {
  /** The issuer identifier; a function because the embedded issuer is known only once the server listens. */
  issuer: () => string;
  clientId: string;
  /** Unset: a public client, protected by PKCE alone. A function when it must be read first. */
  clientSecret?: string | (() => Promise<string>);
  scopes: string[];
  /** The callback URL registered at the provider. */
  redirectUri: () => string;
}

/** What the callback must check, as stored when the sign-in started. */
export interface SignInChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface SignInStart extends SignInChecks {
  url: URL;
}

export interface SignedIn {
  /** ID token claims (validated: issuer, audience, expiry, nonce) merged over the UserInfo claims. */
  claims: Record<string, unknown> & { iss: string; sub: string; sid?: string };
}

/**
 * The relying party: Authorization Code flow with PKCE, state and nonce, through openid-client.
 * The provider is discovered on first use, not at start-up, because the embedded provider is
 * this very server. A failed discovery is tried again on the next use.
 */
export class OidcClient {
  private discovered?: Promise<client.Configuration>;

  constructor(private readonly options: OidcClientOptions) {}

  get issuer(): string {
    return this.options.issuer();
  }

  get clientId(): string {
    return this.options.clientId;
  }

  configuration(): Promise<client.Configuration> {
    if (!this.discovered) {
      const issuer = new URL(this.options.issuer());
      const { clientId, clientSecret } = this.options;
      this.discovered = (async () => {
        const secret = typeof clientSecret === 'function' ? await clientSecret() : clientSecret;
        return client.discovery(issuer, clientId, secret, secret ? undefined : client.None(), {
          // Plain http only when the operator configured an http issuer (the demo provider, a local Keycloak).
          execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
        });
      })().catch((error: unknown) => {
        this.discovered = undefined;
        throw error;
      });
    }
    return this.discovered;
  }

  async start(): Promise<SignInStart> {
    const config = await this.configuration();
    const checks: SignInChecks = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      codeVerifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.options.redirectUri(),
      scope: this.options.scopes.join(' '),
      state: checks.state,
      nonce: checks.nonce,
      code_challenge: await client.calculatePKCECodeChallenge(checks.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { url, ...checks };
  }

  /** Validates the callback and redeems the code; throws on any mismatch. */
  async finish(callbackUrl: URL, checks: SignInChecks): Promise<SignedIn> {
    const config = await this.configuration();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      expectedState: checks.state,
      expectedNonce: checks.nonce,
      pkceCodeVerifier: checks.codeVerifier,
      idTokenExpected: true,
    });
    const idClaims = tokens.claims()!;
    let userinfo: Record<string, unknown> = {};
    // Some providers (EGI Check-in among them) release entitlements and groups only there.
    if (config.serverMetadata().userinfo_endpoint) {
      userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    }
    return { claims: { ...userinfo, ...idClaims } as SignedIn['claims'] };
  }

  /**
   * The provider's logout URL (RP-initiated logout), or null when it has none. It names the
   * client rather than passing the ID token (`id_token_hint`), which would hand a token to the browser.
   */
  async endSessionUrl(postLogoutRedirectUri: string): Promise<URL | null> {
    const config = await this.configuration();
    if (!config.serverMetadata().end_session_endpoint) return null;
    return client.buildEndSessionUrl(config, {
      client_id: this.options.clientId,
      post_logout_redirect_uri: postLogoutRedirectUri,
    });
  }
}
