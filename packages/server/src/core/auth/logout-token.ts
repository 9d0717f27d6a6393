import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';

const LOGOUT_EVENT = 'http://schemas.openid.net/event/backchannel-logout';

export interface LogoutTarget {
  /** The provider session that ended (`sid`), when the provider sends it. */
  sid?: string;
  /** The user whose sessions end (`sub`), when the provider sends it. */
  sub?: string;
}

class InvalidLogoutTokenError extends Error {}

/**
 * Checks a back-channel logout token (OpenID Connect Back-Channel Logout 1.0, section 2.6):
 * signed by the issuer's keys, for this client, recent, with the logout event, without a nonce,
 * and naming a sid or a sub. A replayed token only ends sessions that are already ended, so
 * `jti`s are not remembered.
 */
export class LogoutTokenVerifier {
  private keys?: { uri: string; get: JWTVerifyGetKey };

  constructor(
    private readonly issuer: () => string,
    private readonly clientId: string,
  ) {}

  async verify(token: string, jwksUri: string): Promise<LogoutTarget> {
    if (this.keys?.uri !== jwksUri) this.keys = { uri: jwksUri, get: createRemoteJWKSet(new URL(jwksUri)) };
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.keys.get, {
        issuer: this.issuer(),
        audience: this.clientId,
        requiredClaims: ['iat', 'jti', 'events'],
        maxTokenAge: '10 minutes',
      }));
    } catch (error) {
      throw new InvalidLogoutTokenError(error instanceof Error ? error.message : 'invalid logout token');
    }
    const events = payload.events as Record<string, unknown> | undefined;
    if (!events || typeof events[LOGOUT_EVENT] !== 'object') throw new InvalidLogoutTokenError('no logout event');
    if ('nonce' in payload) throw new InvalidLogoutTokenError('a logout token must not carry a nonce');
    const sid = typeof payload.sid === 'string' ? payload.sid : undefined;
    const sub = typeof payload.sub === 'string' ? payload.sub : undefined;
    if (!sid && !sub) throw new InvalidLogoutTokenError('neither sid nor sub');
    return { sid, sub };
  }
}
