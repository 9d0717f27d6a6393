import { Readable } from 'node:stream';
import Papa from 'papaparse';

export type TextEncoding = 'utf-8' | 'windows-1252';

const DELIMITERS = [',', ';', '\t', '|'];

/** Bytes decoded per step: the text of a file is never held whole. */
const CHUNK_BYTES = 256 * 1024;

/** The file's text, a chunk at a time, without a byte-order mark. */
function* textChunks(bytes: Uint8Array, encoding: TextEncoding, fatal = false): Generator<string> {
  const decoder = new TextDecoder(encoding, { fatal });
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    yield decoder.decode(bytes.subarray(start, start + CHUNK_BYTES), { stream: true });
  }
  yield decoder.decode();
}

/**
 * The file's encoding: UTF-8 (with or without its byte-order mark) when its bytes are valid
 * UTF-8, otherwise Windows-1252, what spreadsheets on Windows and older CRMs write.
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  try {
    for (const chunk of textChunks(bytes, 'utf-8', true)) void chunk;
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The delimiter of the first lines: comma, semicolon, tab or bar. */
export function detectDelimiter(bytes: Uint8Array, encoding: TextEncoding): string {
  const sample = new TextDecoder(encoding).decode(bytes.subarray(0, 64 * 1024));
  const { meta } = Papa.parse<string[]>(sample, { preview: 50, delimitersToGuess: DELIMITERS });
  return DELIMITERS.includes(meta.delimiter) ? meta.delimiter : ',';
}

/** A row of the file with its number, the header being row 1. */
export interface CsvRow {
  rowNumber: number;
  cells: string[];
}

/** A file as the parser reads it. */
export interface CsvSource {
  bytes: Uint8Array;
  encoding: TextEncoding;
  delimiter: string;
}

/**
 * The file's rows one by one, decoded and parsed as a stream: the parser reads a chunk, hands
 * over its rows and waits, paused, until the consumer (which writes them in batches) wants more.
 * Wholly empty rows are left out but keep their number.
 */
export async function* csvRows(source: CsvSource): AsyncGenerator<CsvRow> {
  const input = Readable.from(textChunks(source.bytes, source.encoding));
  const pending: string[][][] = [];
  let paused: Papa.Parser | null = null;
  let finished = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const resolve = wake;
    wake = null;
    resolve?.();
  };
  Papa.parse(input as unknown as File, {
    delimiter: source.delimiter,
    skipEmptyLines: false,
    chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
      pending.push(results.data);
      paused = parser;
      parser.pause();
      notify();
    },
    complete: () => {
      finished = true;
      notify();
    },
    error: (error: unknown) => {
      failure = error;
      notify();
    },
  });
  let rowNumber = 0;
  try {
    for (;;) {
      const rows = pending.shift();
      if (rows) {
        for (const cells of rows) {
          rowNumber += 1;
          if (!cells.every((cell) => cell.trim() === '')) yield { rowNumber, cells };
        }
      } else if (failure) {
        throw failure instanceof Error ? failure : new Error(String(failure));
      } else if (finished) {
        return;
      } else if (paused) {
        const parser: Papa.Parser = paused;
        paused = null;
        parser.resume();
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    if (!finished) input.destroy();
  }
}

/** The header and up to `limit` data rows. */
export async function firstRows(source: CsvSource, limit: number): Promise<{ header: string[]; rows: CsvRow[] }> {
  let header: string[] | null = null;
  const rows: CsvRow[] = [];
  for await (const row of csvRows(source)) {
    if (!header) header = row.cells.map((cell) => cell.trim());
    else rows.push(row);
    if (rows.length >= limit) break;
  }
  return { header: header ?? [], rows };
}

/** How many data rows the file has. */
export async function countRows(source: CsvSource): Promise<number> {
  let count = -1;
  for await (const row of csvRows(source)) if (row) count += 1;
  return Math.max(count, 0);
}
