import type { DomainModule } from '../shared/domain-module';
import { AuthInfoResolver } from './auth-info.resolver';
import { MeResolver } from './me.resolver';
import { Session } from './session.entity';
import { SignInRequest } from './sign-in-request.entity';

/** Sign-in and sessions: who you are, how to sign in (the sign-in routes are mounted by the HTTP server). */
export const sessionModule: DomainModule = {
  resolvers: [MeResolver, AuthInfoResolver],
  entities: [Session, SignInRequest],
};
