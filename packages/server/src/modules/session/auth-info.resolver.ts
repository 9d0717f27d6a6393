import { Field, ObjectType, Query, Resolver } from 'type-graphql';

@ObjectType({ description: 'How people sign in to this server; public, so that a page can say it before sign-in.' })
export class AuthInfo {
  @Field({
    description:
      'Sign-in goes through the built-in demo provider and its demo users: a server to try Liaison out, not for real data.',
  })
  demo: boolean;
}

let demoSignIn = false;

/**
 * Set by the sign-in setup (createSignIn): whether the built-in demo provider signs people in.
 * A process runs one sign-in setup; tests that start several servers read each one right after it starts.
 */
export function announceSignInMode(mode: { demo: boolean }): void {
  demoSignIn = mode.demo;
}

@Resolver()
export class AuthInfoResolver {
  @Query(() => AuthInfo, { description: 'How sign-in works on this server; answered to anyone.' })
  authInfo(): AuthInfo {
    return { demo: demoSignIn };
  }
}
