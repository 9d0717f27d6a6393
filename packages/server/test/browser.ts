interface StoredCookie {
  value: string;
  path: string;
}

export interface BrowserResponse {
  status: number;
  headers: Headers;
  /** The Location of a redirect, absolute. */
  location?: string;
  text: string;
}

/**
 * A browser as far as sign-in needs one: fetch with a cookie jar (per host, as browsers keep
 * them: the port does not matter, the path does) and redirects followed one hop at a time.
 */
export class Browser {
  private readonly jar = new Map<string, Map<string, StoredCookie>>();

  cookie(url: string, name: string): string | undefined {
    return this.jar.get(new URL(url).hostname)?.get(name)?.value;
  }

  setCookie(url: string, name: string, value: string): void {
    const host = new URL(url).hostname;
    if (!this.jar.has(host)) this.jar.set(host, new Map());
    this.jar.get(host)!.set(name, { value, path: '/' });
  }

  /** One request, no redirect followed. */
  async request(
    url: string,
    init: { method?: string; form?: Record<string, string>; headers?: Record<string, string>; body?: string } = {},
  ): Promise<BrowserResponse> {
    const target = new URL(url);
    const headers = new Headers(init.headers);
    const cookies = [...(this.jar.get(target.hostname) ?? new Map<string, StoredCookie>())]
      .filter(([, cookie]) => target.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`);
    if (cookies.length) headers.set('cookie', cookies.join('; '));
    let body = init.body;
    if (init.form) {
      headers.set('content-type', 'application/x-www-form-urlencoded');
      body = new URLSearchParams(init.form).toString();
    }
    const response = await fetch(target, {
      method: init.method ?? (body !== undefined ? 'POST' : 'GET'),
      headers,
      body,
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) this.store(target, line);
    const location = response.headers.get('location');
    return {
      status: response.status,
      headers: response.headers,
      location: location ? new URL(location, target).href : undefined,
      text: await response.text(),
    };
  }

  /** Follows redirects (as GET) until a page answers; returns it and the URLs passed through. */
  async follow(
    url: string,
    init: Parameters<Browser['request']>[1] = {},
    stopAt?: (url: string) => boolean,
  ): Promise<BrowserResponse & { url: string; visited: string[] }> {
    const visited: string[] = [];
    let current = url;
    let response = await this.request(current, init);
    while (response.location && visited.length < 20) {
      visited.push(current);
      current = response.location;
      if (stopAt?.(current)) return { ...response, url: current, visited };
      response = await this.request(current);
    }
    return { ...response, url: current, visited };
  }

  private store(url: URL, line: string): void {
    const [pair, ...attributes] = line.split(';').map((part) => part.trim());
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    let path = '/';
    let expired = value === '';
    for (const attribute of attributes) {
      const [key, val = ''] = attribute.split('=');
      if (key.toLowerCase() === 'path') path = val || '/';
      if (key.toLowerCase() === 'max-age' && Number(val) <= 0) expired = true;
      if (key.toLowerCase() === 'expires' && Date.parse(val) <= Date.now()) expired = true;
    }
    if (!this.jar.has(url.hostname)) this.jar.set(url.hostname, new Map());
    const cookies = this.jar.get(url.hostname)!;
    if (expired) cookies.delete(name);
    else cookies.set(name, { value, path });
  }
}
