import { Readable } from 'node:stream';
import Papa from 'papaparse';

export type TextEncoding = 'utf-8' | 'windows-1252';

const DELIMITERS = [',', ';', '\t', '|'];
const CHUNK_CHARACTERS = 256 * 1024;

/**
 * The file's encoding: UTF-8 (with or without its byte-order mark) when its bytes are valid
 * UTF-8, otherwise Windows-1252, what spreadsheets on Windows and older CRMs write.
 */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** The text of the file, without a byte-order mark. */
export function decodeText(bytes: Uint8Array, encoding: TextEncoding): string {
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}

/** The delimiter of the first lines: comma, semicolon, tab or bar. */
export function detectDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  const { meta } = Papa.parse<string[]>(sample, { preview: 50, delimitersToGuess: DELIMITERS });
  return DELIMITERS.includes(meta.delimiter) ? meta.delimiter : ',';
}

/** A row of the file with its number, the header being row 1. */
export interface CsvRow {
  rowNumber: number;
  cells: string[];
}

/**
 * The file's rows one by one, parsed as a stream (the parser holds one chunk at a time and waits
 * while the consumer writes a batch); wholly empty rows are left out but keep their number.
 */
export async function* csvRows(text: string, delimiter: string): AsyncGenerator<CsvRow> {
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter, skipEmptyLines: false }) as NodeJS.ReadWriteStream;
  const chunks = function* () {
    for (let start = 0; start < text.length; start += CHUNK_CHARACTERS)
      yield text.slice(start, start + CHUNK_CHARACTERS);
  };
  Readable.from(chunks()).pipe(parser);
  let rowNumber = 0;
  for await (const cells of parser as AsyncIterable<string[]>) {
    rowNumber += 1;
    if (cells.every((cell) => cell.trim() === '')) continue;
    yield { rowNumber, cells };
  }
}

/** The header and up to `limit` data rows. */
export async function firstRows(
  text: string,
  delimiter: string,
  limit: number,
): Promise<{ header: string[]; rows: CsvRow[] }> {
  let header: string[] | null = null;
  const rows: CsvRow[] = [];
  for await (const row of csvRows(text, delimiter)) {
    if (!header) header = row.cells.map((cell) => cell.trim());
    else rows.push(row);
    if (rows.length >= limit) break;
  }
  if (!header) return { header: [], rows };
  return { header, rows };
}

/** How many data rows the file has. */
export async function countRows(text: string, delimiter: string): Promise<number> {
  let count = -1;
  for await (const row of csvRows(text, delimiter)) if (row) count += 1;
  return Math.max(count, 0);
}
