import { downloadBlob } from '../../../ui/csv/downloadCsv';

/** "Jana Nováková" exported on 4 December 2026: `personal-data-jana-novakova-2026-12-04.json`. */
export function personalDataFileName(name: string, now = new Date()): string {
  const slug =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'contact';
  return `personal-data-${slug}-${now.toISOString().slice(0, 10)}.json`;
}

/** Saves an export as an indented JSON file. */
export function downloadPersonalData(name: string, data: unknown): void {
  const blob = new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' });
  downloadBlob(personalDataFileName(name), blob);
}
