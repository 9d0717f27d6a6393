import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Viewer } from './core/auth/viewer';
import { viewerForToken } from './modules/token/api-token.service';

function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * Who sends a request: an `Authorization: Bearer` API token, or no one. Bad credentials are
 * refused outright rather than treated as anonymous, so a script learns its token is wrong.
 */
export function createAuthenticator(dataSource: DataSource) {
  return async (req: Request): Promise<Viewer | null> => {
    const header = req.headers.authorization;
    if (header) {
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match) throw refused('The Authorization header must be "Bearer <token>"');
      const viewer = await viewerForToken(dataSource, match[1]);
      if (!viewer) throw refused('The API token is unknown, expired or revoked');
      return viewer;
    }
    return null;
  };
}
