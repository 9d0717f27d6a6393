import { toCsv } from '../csv/downloadCsv';

describe('toCsv', () => {
  it('quotes values a spreadsheet would run as formulas, and leaves others as they are', () => {
    const csv = toCsv(
      [{ header: 'Name', value: (row: { name: string }) => row.name }],
      [
        { name: '=HYPERLINK("https://evil.example","click")' },
        { name: '+31 20 000 0000' },
        { name: 'Ada Lovelace, FRS' },
      ],
    );
    const [, formula, phone, plain] = csv.split(/\r?\n/);
    expect(formula.startsWith(`"'=HYPERLINK`)).toBe(true);
    expect(phone).toBe(`"'+31 20 000 0000"`);
    expect(plain).toBe('"Ada Lovelace, FRS"');
  });
});
