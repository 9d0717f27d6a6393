import express, { type RequestHandler } from 'express';

/** The largest JSON body `/graphql` reads (a document's markdown body may be up to 1 MB). */
export const MAX_JSON_BYTES = 1_000_000;
/**
 * The most values (and keys) a JSON body may hold: parsing a body of tens of thousands of keys
 * blocks the event loop for a good part of a second, while the largest real requests (a bulk
 * action on 500 records, a long document) hold a few thousand.
 */
export const MAX_JSON_VALUES = 20_000;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;

/** Whether the JSON text holds more than `max` values and keys (commas and colons outside strings). */
function valuesOver(body: Buffer, max: number): boolean {
  let count = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const byte = body[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if ((byte === COMMA || byte === COLON) && ++count > max) return true;
  }
  return false;
}

/** An error as body-parser raises them, answered by http-errors.ts. */
class TooManyValuesError extends Error {
  readonly status = 413;
  readonly type = 'entity.too.many.values';
}

/**
 * JSON bodies of at most MAX_JSON_BYTES and MAX_JSON_VALUES, the second counted in one pass
 * over the bytes before anything is parsed.
 */
export function jsonBody(): RequestHandler {
  return express.json({
    limit: MAX_JSON_BYTES,
    verify: (_req, _res, body) => {
      if (valuesOver(body, MAX_JSON_VALUES)) throw new TooManyValuesError('too many JSON values');
    },
  });
}
