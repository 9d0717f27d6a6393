import { parse } from 'cookie';
import type { Request, Response } from 'express';

/**
 * The cookies of sign-in. Over https they are Secure and carry the `__Host-` prefix (no Domain,
 * Path=/), so no sibling host can set or shadow them; over plain http (development) neither is
 * possible. Always HttpOnly and SameSite=Lax: sent on a top-level navigation back from the
 * identity provider, never with a cross-site POST.
 */
export class AuthCookies {
  readonly secure: boolean;
  readonly session: string;
  readonly signIn: string;

  constructor(publicUrl: string | undefined) {
    this.secure = publicUrl?.startsWith('https:') ?? false;
    const prefix = this.secure ? '__Host-' : '';
    this.session = `${prefix}liaison_session`;
    this.signIn = `${prefix}liaison_sign_in`;
  }

  read(req: Request, name: string): string | undefined {
    const header = req.headers.cookie;
    return header ? parse(header)[name] : undefined;
  }

  set(res: Response, name: string, value: string, maxAgeMs: number): void {
    res.cookie(name, value, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/', maxAge: maxAgeMs });
  }

  clear(res: Response, name: string): void {
    res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure: this.secure, path: '/' });
  }
}
