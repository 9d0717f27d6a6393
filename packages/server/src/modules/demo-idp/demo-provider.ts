import type { Configuration, KoaContextWithOIDC, Provider } from 'oidc-provider';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../core/log/logger';
import { DEMO_ACCOUNTS, DEMO_ROLE_CLAIM, DEMO_TEAM_CLAIM, demoClaims } from './demo-accounts';
import { PostgresOidcAdapter, type DemoSecrets } from './demo-adapter';
import { logoutPage, messagePage } from './demo-pages';

interface DemoClient {
  id: string;
  secret: string;
  redirectUri: string;
  postLogoutRedirectUri: string;
  backchannelLogoutUri: string;
}

export interface DemoProviderOptions {
  /** `${PUBLIC_URL}/oidc`: the provider is mounted under the issuer's path. */
  issuer: string;
  client: DemoClient;
  secrets: DemoSecrets;
  /**
   * Where the provider keeps its state. Null means oidc-provider's in-memory store, which only a
   * test's throwaway second provider uses: the app's provider is shared by every instance.
   */
  dataSource: DataSource | null;
  logger: Logger;
}

const MINUTE = 60;

/**
 * The built-in OpenID provider (oidc-provider) of the demo accounts, for development: Liaison
 * signs in through it with the same openid-client code as through any other provider. The
 * Liaison client is first-party, so consent is implied.
 */
export async function createDemoProvider(options: DemoProviderOptions): Promise<Provider> {
  const { default: OidcProvider } = await import('oidc-provider');
  const mountPath = new URL(options.issuer).pathname.replace(/\/$/, '');
  const { client, secrets, dataSource } = options;

  const configuration: Configuration = {
    ...(dataSource ? { adapter: (model: string) => new PostgresOidcAdapter(dataSource, model) } : {}),
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        client_name: 'Liaison',
        redirect_uris: [client.redirectUri],
        post_logout_redirect_uris: [client.postLogoutRedirectUri],
        backchannel_logout_uri: client.backchannelLogoutUri,
        backchannel_logout_session_required: true,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'ES256',
      },
    ],
    jwks: { keys: [secrets.signingKey] },
    cookies: { keys: secrets.cookieKeys },
    pkce: { required: () => true },
    scopes: ['openid', 'email', 'profile'],
    claims: {
      acr: null,
      auth_time: null,
      iss: null,
      sid: null,
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['name', 'given_name', 'family_name', DEMO_ROLE_CLAIM, DEMO_TEAM_CLAIM],
    },
    features: {
      devInteractions: { enabled: false },
      backchannelLogout: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx: KoaContextWithOIDC, form: string) => {
          ctx.type = 'html';
          ctx.body = logoutPage(mountPath, form);
        },
        postLogoutSuccessSource: (ctx: KoaContextWithOIDC) => {
          ctx.type = 'html';
          ctx.body = messagePage(mountPath, 'Signed out', 'You are signed out of the demo provider.', {
            href: '/',
            text: 'Back to Liaison',
          });
        },
      },
    },
    interactions: {
      url: (_ctx: unknown, interaction: { uid: string }) => `${mountPath}/interaction/${interaction.uid}`,
    },
    ttl: {
      AccessToken: 10 * MINUTE,
      AuthorizationCode: MINUTE,
      IdToken: 10 * MINUTE,
      Interaction: 30 * MINUTE,
      Session: 12 * 60 * MINUTE,
      Grant: 12 * 60 * MINUTE,
    },
    clientBasedCORS: () => false,
    findAccount: (_ctx: KoaContextWithOIDC, id: string) => {
      const account = DEMO_ACCOUNTS.find((candidate) => candidate.id === id);
      return account && { accountId: account.id, claims: () => demoClaims(account) };
    },
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(oidc.client!.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: oidc.client!.clientId, accountId: oidc.session!.accountId! });
      grant.addOIDCScope([...oidc.requestParamScopes].join(' '));
      await grant.save();
      return grant;
    },
    renderError: (ctx: KoaContextWithOIDC, out: { error?: string; error_description?: string }) => {
      ctx.type = 'html';
      ctx.body = messagePage(
        mountPath,
        'Sign-in problem',
        out.error_description ?? out.error ?? 'Something went wrong.',
        {
          href: '/auth/login',
          text: 'Start again',
        },
      );
    },
    // The demo provider calls this same server back (back-channel logout), usually on a loopback
    // address, which oidc-provider's protection against server-side request forgery refuses.
    fetch: (url: string, init: RequestInit & { dispatcher?: unknown }) => {
      delete init.dispatcher;
      return fetch(url, init);
    },
  };

  const provider = new OidcProvider(options.issuer, configuration);
  provider.on('server_error', (_ctx: unknown, error: unknown) =>
    options.logger.error({ err: error }, 'demo provider error'),
  );
  provider.on('backchannel.error', (_ctx: unknown, error: unknown) =>
    options.logger.warn({ reason: (error as Error).message }, 'demo provider back-channel logout failed'),
  );
  return provider;
}
