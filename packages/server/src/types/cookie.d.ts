// cookie 0.7 ships no types; this covers what the server uses.
declare module 'cookie' {
  export function parse(
    header: string,
    options?: { decode?(value: string): string },
  ): Record<string, string | undefined>;
}
