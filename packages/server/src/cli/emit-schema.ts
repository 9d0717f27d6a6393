import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { SCHEMA_FILE, printAppSchema } from '../schema-file';

/** `npm run schema`: writes schema.graphql from the code. */
printAppSchema().then(
  (sdl) => {
    writeFileSync(SCHEMA_FILE, sdl);
    process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
