import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildAppSchema } from './schema';

/** The committed SDL, the contract that the web app's types are generated from. */
export const SCHEMA_FILE = path.resolve(__dirname, '../schema.graphql');

export async function printAppSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await buildAppSchema()))}\n`;
}
