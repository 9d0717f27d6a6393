import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Request, type Response, type Router } from 'express';
import type { Provider } from 'oidc-provider';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../core/log/logger';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { loadDemoSecrets, type DemoSecrets } from './demo-adapter';
import { DEMO_STYLESHEET, loginPage, messagePage } from './demo-pages';
import { createDemoProvider } from './demo-provider';

/** Where the demo provider lives on this server; its issuer is `${PUBLIC_URL}/oidc`. */
const DEMO_IDP_PATH = '/oidc';
export const DEMO_CLIENT_ID = 'liaison';

export interface DemoIdpOptions {
  dataSource: DataSource;
  logger: Logger;
  /** Where browsers reach the app; known only once the server listens (PORT=0). */
  publicUrl: () => string;
}

export interface DemoIdp {
  routes: Router;
  issuer(): string;
  clientId: string;
  clientSecret(): Promise<string>;
}

/**
 * The built-in OpenID provider mounted under /oidc: the provider itself (created on first use,
 * once PUBLIC_URL is known) and its plain HTML sign-in page listing the demo users.
 */
export function demoIdp(options: DemoIdpOptions): DemoIdp {
  const { dataSource, logger, publicUrl } = options;
  let secrets: Promise<DemoSecrets> | undefined;
  const loadSecrets = () =>
    (secrets ??= loadDemoSecrets(dataSource).catch((error: unknown) => {
      secrets = undefined;
      throw error;
    }));
  let provider: Promise<Provider> | undefined;
  const issuer = () => `${publicUrl()}${DEMO_IDP_PATH}`;
  const getProvider = () =>
    (provider ??= (async () => {
      const base = publicUrl();
      const secrets = await loadSecrets();
      return createDemoProvider({
        issuer: issuer(),
        client: {
          id: DEMO_CLIENT_ID,
          secret: secrets.clientSecret,
          redirectUri: `${base}/auth/callback`,
          postLogoutRedirectUri: `${base}/`,
          backchannelLogoutUri: `${base}/auth/backchannel-logout`,
        },
        secrets,
        dataSource,
        logger,
      });
    })().catch((error: unknown) => {
      provider = undefined;
      throw error;
    }));

  const routes = providerRoutes(getProvider);
  return { routes, issuer, clientId: DEMO_CLIENT_ID, clientSecret: async () => (await loadSecrets()).clientSecret };
}

/**
 * The routes of a demo provider under /oidc: its stylesheet, the interaction pages (sign-in as a
 * demo user, cancel), then oidc-provider itself for everything else.
 */
export function providerRoutes(getProvider: () => Promise<Provider>): Router {
  const handlers = new WeakMap<Provider, (req: IncomingMessage, res: ServerResponse) => void>();
  const expired = (res: Response) =>
    res
      .status(400)
      .type('html')
      .send(
        messagePage(DEMO_IDP_PATH, 'Sign-in expired', 'This sign-in took too long or was already finished.', {
          href: '/auth/login',
          text: 'Start again',
        }),
      );

  /** Runs an interaction step; an unknown or finished interaction gets the "expired" page. */
  const step =
    (work: (provider: Provider, req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response) => {
      const p = await getProvider();
      res.set('Cache-Control', 'no-store');
      try {
        await work(p, req, res);
      } catch (error) {
        if ((error as Error).name !== 'SessionNotFound') throw error;
        expired(res);
      }
    };

  const routes = express.Router();
  routes.get(`${DEMO_IDP_PATH}/demo.css`, (_req, res) => {
    res.type('css').set('Cache-Control', 'public, max-age=3600').send(DEMO_STYLESHEET);
  });
  routes.get(
    `${DEMO_IDP_PATH}/interaction/:uid`,
    step(async (p, req, res) => {
      const interaction = await p.interactionDetails(req, res);
      if (interaction.prompt.name === 'login') {
        res.type('html').send(loginPage(DEMO_IDP_PATH, interaction.uid, DEMO_ACCOUNTS));
        return;
      }
      // Consent is implied for Liaison (see loadExistingGrant); any other prompt cannot be answered here.
      await p.interactionFinished(
        req,
        res,
        {
          error: 'access_denied',
          error_description: `The demo provider cannot answer the ${interaction.prompt.name} prompt`,
        },
        { mergeWithLastSubmission: false },
      );
    }),
  );
  const form = express.urlencoded({ extended: false, limit: '4kb' });
  routes.post(
    `${DEMO_IDP_PATH}/interaction/:uid/login`,
    form,
    step(async (p, req, res) => {
      const interaction = await p.interactionDetails(req, res);
      const account = DEMO_ACCOUNTS.find((candidate) => candidate.id === (req.body as { account?: string }).account);
      if (!account || interaction.prompt.name !== 'login') {
        res
          .status(400)
          .type('html')
          .send(loginPage(DEMO_IDP_PATH, interaction.uid, DEMO_ACCOUNTS));
        return;
      }
      await p.interactionFinished(req, res, { login: { accountId: account.id } }, { mergeWithLastSubmission: false });
    }),
  );
  routes.post(
    `${DEMO_IDP_PATH}/interaction/:uid/abort`,
    form,
    step(async (p, req, res) => {
      await p.interactionDetails(req, res);
      await p.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The sign-in was cancelled' },
        { mergeWithLastSubmission: false },
      );
    }),
  );
  routes.use(DEMO_IDP_PATH, async (req, res) => {
    const p = await getProvider();
    if (!handlers.has(p)) handlers.set(p, p.callback());
    handlers.get(p)!(req, res);
  });
  return routes;
}
