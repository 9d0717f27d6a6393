import { Mutex } from 'async-mutex';
import { PGlitePool } from 'typeorm-pglite/dist/pglite-pool';

/**
 * PGlite is a single database session. typeorm-pglite hands that one session to every caller,
 * so two concurrent transactions would interleave their statements. This pool lends the
 * session to one query runner at a time, like a `pg` pool of size one.
 */
export class SerialPGlitePool extends PGlitePool {
  private readonly session = new Mutex();

  override async connect(
    callback: (error: unknown, client: PGlitePool | null, done: (error?: unknown) => void) => void,
  ): Promise<void> {
    const release = await this.session.acquire();
    let released = false;
    const done = () => {
      if (!released) {
        released = true;
        release();
      }
    };
    await super.connect((error, client) => {
      if (error) done();
      callback(error, client, done);
    });
  }
}
