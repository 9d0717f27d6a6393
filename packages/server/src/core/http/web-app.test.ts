import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { webAppRoutes } from './web-app';

const webRoot = path.resolve(__dirname, '../../../../web/dist');

describe('the built web app', () => {
  let server: Server;
  let base: string;
  let productionServer: Server;
  let productionBase: string;

  beforeAll(async () => {
    if (!existsSync(path.join(webRoot, 'graphiql.html'))) {
      execSync('npm run build -w @liaison/web', { cwd: path.resolve(webRoot, '../../..'), stdio: 'ignore' });
    }
    const app = express();
    app.use(webAppRoutes(webRoot, { explorer: true })!);
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const production = express();
    production.use(webAppRoutes(webRoot, { explorer: false })!);
    productionServer = production.listen(0, '127.0.0.1');
    await new Promise((resolve) => productionServer.once('listening', resolve));
    productionBase = `http://127.0.0.1:${(productionServer.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await new Promise((resolve) => productionServer.close(resolve));
  });

  it('should not serve the API explorer in production, by either of its paths', async () => {
    for (const explorer of ['/graphiql', '/graphiql.html']) {
      const page = await fetch(`${productionBase}${explorer}`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(404);
      expect(await page.text()).not.toContain('graphiql');
    }
    expect((await fetch(`${productionBase}/organizations`, { headers: { accept: 'text/html' } })).status).toBe(200);
  });

  it('should serve the app for its own routes but not for API paths', async () => {
    const page = await fetch(`${base}/organizations/123`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${base}/graphql`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('should serve the API explorer from this server alone, with no third-party asset', async () => {
    const page = await fetch(`${base}/graphiql`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('id="graphiql"');
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset).toMatch(/^\/assets\//);
      expect((await fetch(`${base}${asset}`)).status).toBe(200);
    }
  });
});
