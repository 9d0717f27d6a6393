/**
 * A small iCalendar (RFC 5545) writer: the properties a calendar of activities needs, with
 * TEXT values escaped (§3.3.11), lines folded at 75 octets without splitting a character
 * (§3.1) and CRLF line ends.
 */

/** A property: its name, its value already formatted, and its parameters (`VALUE=DATE`). */
export type ICalProperty = [name: string, value: string, parameters?: Record<string, string>];

export interface ICalComponent {
  type: 'VEVENT' | 'VTODO';
  properties: ICalProperty[];
}

/** A TEXT value: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function icalText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      .replace(/[\\;,]/g, (c) => `\\${c}`)
      .replace(/\n/g, '\\n')
      // TEXT allows no control character but the tab.
      .replace(/[^\P{Cc}\t]/gu, '')
  );
}

/** A DATE-TIME in UTC: 20260105T093000Z. */
export function icalDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** A DATE (the UTC day): 20260105. */
export function icalDate(date: Date): string {
  return date.toISOString().slice(0, 10).replace(/-/g, '');
}

/** One content line folded into lines of at most 75 octets, the later ones starting with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // The first line holds 75 octets; each continuation line 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function contentLine([name, value, parameters]: ICalProperty): string {
  const params = Object.entries(parameters ?? {})
    .map(([key, v]) => `;${key}=${v}`)
    .join('');
  return foldLine(`${name}${params}:${value}`);
}

/** A whole VCALENDAR: the header, each component, the footer, every line ending in CRLF. */
export function icalCalendar(name: string, components: ICalComponent[]): string {
  const lines: ICalProperty[] = [
    ['BEGIN', 'VCALENDAR'],
    ['VERSION', '2.0'],
    ['PRODID', '-//Liaison//Calendar//EN'],
    ['CALSCALE', 'GREGORIAN'],
    ['X-WR-CALNAME', icalText(name)],
  ];
  for (const component of components) {
    lines.push(['BEGIN', component.type], ...component.properties, ['END', component.type]);
  }
  lines.push(['END', 'VCALENDAR']);
  return lines.map(contentLine).join('\r\n') + '\r\n';
}
