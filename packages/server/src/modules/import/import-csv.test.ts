import { countRows, csvRows, detectDelimiter, detectEncoding, firstRows } from './import-csv';
import { suggestMapping } from './import-fields';

async function all(bytes: Buffer, delimiter: string, encoding = detectEncoding(bytes)) {
  const rows: { rowNumber: number; cells: string[] }[] = [];
  for await (const row of csvRows({ bytes, encoding, delimiter })) rows.push(row);
  return rows;
}

describe('reading CSV files', () => {
  it('tells UTF-8 (with or without a byte-order mark) from Windows-1252', async () => {
    const withMark = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Name;City\nZoë;Köln\n')]);
    expect(detectEncoding(withMark)).toBe('utf-8');
    expect(await all(withMark, ';')).toEqual([
      { rowNumber: 1, cells: ['Name', 'City'] },
      { rowNumber: 2, cells: ['Zoë', 'Köln'] },
    ]);
    const windows = Buffer.from([...Buffer.from('Name;Price\nM'), 0xfc, ...Buffer.from('ller;5 '), 0x80, 0x0a]);
    expect(detectEncoding(windows)).toBe('windows-1252');
    expect((await all(windows, ';'))[1].cells).toEqual(['Müller', '5 €']);
  });

  it('detects the delimiter: comma, semicolon, tab or bar', () => {
    const delimiterOf = (text: string) => detectDelimiter(Buffer.from(text), 'utf-8');
    expect(delimiterOf('a,b,c\n1,2,3\n')).toBe(',');
    expect(delimiterOf('a;b;c\n"1,5";2;3\n')).toBe(';');
    expect(delimiterOf('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(delimiterOf('a|b|c\n1|2|3\n')).toBe('|');
  });

  it('streams a large file in chunks: quoted multi-line cells and characters across chunk boundaries survive', async () => {
    const lines = ['Name,Note'];
    for (let i = 0; i < 25_000; i++) lines.push(`"Zoë ${i}\nsecond line, with ""quotes""",€${i}`);
    const bytes = Buffer.from(lines.join('\r\n'), 'utf8');
    expect(bytes.length).toBeGreaterThan(1024 * 1024);
    const rows = await all(bytes, ',');
    expect(rows).toHaveLength(25_001);
    expect(rows[12_345]).toEqual({ rowNumber: 12_346, cells: ['Zoë 12344\nsecond line, with "quotes"', '€12344'] });
    expect(await countRows({ bytes, encoding: 'utf-8', delimiter: ',' })).toBe(25_000);
  });

  it('leaves wholly empty rows out, keeping the numbers of the others', async () => {
    const bytes = Buffer.from('Name\r\nA\r\n\r\n ,\r\nB\r\n');
    expect(await all(bytes, ',')).toEqual([
      { rowNumber: 1, cells: ['Name'] },
      { rowNumber: 2, cells: ['A'] },
      { rowNumber: 5, cells: ['B'] },
    ]);
    const { header, rows } = await firstRows({ bytes, encoding: 'utf-8', delimiter: ',' }, 1);
    expect(header).toEqual(['Name']);
    expect(rows).toEqual([{ rowNumber: 2, cells: ['A'] }]);
  });

  it("maps Liaison's and vtiger's column labels to fields", () => {
    expect(suggestMapping('contacts', ['Name', 'Title', 'Organization', 'Email', 'Phone', 'Country'])).toEqual({
      Name: 'fullName',
      Title: 'title',
      Organization: 'organization',
      Email: 'emails',
      Phone: 'phones',
      Country: 'country',
    });
    expect(
      suggestMapping('contacts', [
        'First Name',
        'Last Name',
        'Account Name',
        'E-mail',
        'Mobile',
        'Contact No',
        'Department',
      ]),
    ).toEqual({
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Account Name': 'organization',
      'E-mail': 'emails',
      Mobile: 'phones',
      'Contact No': 'externalId',
      Department: null,
    });
    expect(suggestMapping('organizations', ['Account Name', 'Organization Name', 'Web site', 'Shipping City'])).toEqual(
      {
        'Account Name': null,
        'Organization Name': 'name',
        'Web site': 'website',
        'Shipping City': 'city',
      },
    );
  });
});
