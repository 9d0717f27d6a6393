import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Query, Resolver } from 'type-graphql';

// The same depth below the package in src/ and in dist/.
const { version } = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as {
  version: string;
};

@Resolver()
export class VersionResolver {
  @Query(() => String, { description: 'The version of the Liaison server answering.' })
  version(): string {
    return version;
  }
}
