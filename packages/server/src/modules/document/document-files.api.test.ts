import { createHash, randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../../../test/database';
import { createTeam, createUser } from '../../../test/factories';
import { ok, startTestServer, type TestServer } from '../../../test/server';
import { openSession } from '../session/session.service';
import { TokenScope } from '../token/api-token.entity';
import { DEFAULT_MAX_FILE_BYTES } from './document-files.routes';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('document files over /files/documents/:id', () => {
  let db: TestDatabase;
  let server: TestServer;
  let url: string;
  let owner: string;
  let mate: string;
  let outsider: string;
  let reader: string;
  let teamId: string;
  let ownerSession: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    server = await startTestServer(db);
    url = server.url;
    teamId = (await createTeam(db.dataSource)).id;
    const ownerUser = await createUser(db.dataSource, { role: 'editor', name: 'Fay Files', teamIds: [teamId] });
    owner = ownerUser.token;
    ownerSession = await openSession(
      db.dataSource,
      { userId: ownerUser.user.id, issuer: 'https://idp.test', subject: ownerUser.user.subject },
      { idleTimeoutMs: 3_600_000, absoluteTimeoutMs: 3_600_000 },
    );
    mate = (await createUser(db.dataSource, { role: 'editor', teamIds: [teamId] })).token;
    outsider = (await createUser(db.dataSource, { role: 'editor' })).token;
    reader = (await createUser(db.dataSource, { role: 'viewer', teamIds: [teamId] })).token;
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  const createDocument = async (input: Record<string, unknown> = {}) =>
    (
      await ok<{ createDocument: { id: string; version: number } }>(
        url,
        owner,
        `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id version } }`,
        { input: { title: 'With a file', teamId, ...input } },
      )
    ).createDocument;

  const versionOf = async (id: string): Promise<string> => {
    const [row] = await db.dataSource.query(`SELECT version FROM documents WHERE id = $1`, [id]);
    return String(row.version);
  };
  /** Uploads based on the document's current version, unless the headers name one. */
  const put = async (
    id: string,
    body: Buffer | string,
    token: string | undefined,
    headers: Record<string, string> = {},
  ) =>
    fetch(`${url}/files/documents/${id}`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/pdf',
        'x-file-name': 'report.pdf',
        'x-document-version': await versionOf(id),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body,
    });
  const get = (id: string, token?: string) =>
    fetch(`${url}/files/documents/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

  it('should store an upload and give back the same bytes, with its sha256, name and type', async () => {
    const document = await createDocument();
    const bytes = randomBytes(300_000);
    const response = await put(document.id, bytes, owner, { 'x-file-name': encodeURIComponent('Rapport été.pdf') });
    expect(response.status).toBe(200);
    const stored = (await response.json()) as { file: Record<string, unknown>; document: { version: number } };
    expect(stored).toEqual({
      file: {
        fileName: 'Rapport été.pdf',
        contentType: 'application/pdf',
        byteSize: bytes.length,
        sha256: sha256(bytes),
        url: `/files/documents/${document.id}`,
      },
      document: { id: document.id, version: 2 },
    });

    const download = await get(document.id, reader);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Rapport ?t?.pdf"; filename*=UTF-8''Rapport%20%C3%A9t%C3%A9.pdf`,
    );
    const received = Buffer.from(await download.arrayBuffer());
    expect(received.equals(bytes)).toBe(true);
    expect(sha256(received)).toBe(stored.file.sha256);

    const data = await ok<{ document: { version: number; file: Record<string, unknown> } }>(
      url,
      reader,
      `query($id: ID!) { document(id: $id) { version file { fileName contentType byteSize sha256 url } } }`,
      { id: document.id },
    );
    expect(data.document).toEqual({ version: 2, file: stored.file });
  });

  it('should replace the file, bump the version and record both changes in the history', async () => {
    const document = await createDocument();
    await put(document.id, 'first version', owner, { 'content-type': 'text/plain' });
    const second = await put(document.id, '<script>alert(1)</script>', mate, {
      'content-type': 'text/html',
      'x-file-name': '../../etc/evil.html',
    });
    expect(second.status).toBe(200);
    const download = await get(document.id, owner);
    expect(await download.text()).toBe('<script>alert(1)</script>');
    expect(download.headers.get('content-disposition')).toBe('attachment; filename=evil.html');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM document_files WHERE document_id = $1`, [
      document.id,
    ]);
    expect(n).toBe(1);
    const changes: { diff: { file: { before: { fileName: string } | null; after: { fileName: string } } } }[] =
      await db.dataSource.query(`SELECT diff FROM changes WHERE record_id = $1 AND action = 'update' ORDER BY at, id`, [
        document.id,
      ]);
    expect(changes.map((c) => [c.diff.file.before?.fileName ?? null, c.diff.file.after.fileName])).toEqual([
      [null, 'report.pdf'],
      ['report.pdf', 'evil.html'],
    ]);
    const [row] = await db.dataSource.query(`SELECT version FROM documents WHERE id = $1`, [document.id]);
    expect(row.version).toBe(3);
  });

  it('should take the name from ?name= and refuse an upload without a name', async () => {
    const document = await createDocument();
    const named = await fetch(`${url}/files/documents/${document.id}?name=notes.txt&version=1`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${owner}`, 'content-type': 'text/plain' },
      body: 'notes',
    });
    expect(((await named.json()) as { file: { fileName: string } }).file.fileName).toBe('notes.txt');
    const nameless = await fetch(`${url}/files/documents/${document.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${owner}` },
      body: 'x',
    });
    expect(nameless.status).toBe(400);
    expect(await nameless.json()).toEqual({
      error: { code: 'BAD_USER_INPUT', message: expect.any(String), fields: { name: ['is required'] } },
    });
  });

  it("should refuse an upload without the document's version, or based on a stale one, and keep the file", async () => {
    const document = await createDocument();
    await put(document.id, 'first', owner);
    const missing = await fetch(`${url}/files/documents/${document.id}`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${owner}`, 'x-file-name': 'a.txt' },
      body: 'x',
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: {
        code: 'BAD_USER_INPUT',
        message: expect.any(String),
        fields: { version: ['must be the positive integer version of the document'] },
      },
    });
    // Someone else edits the document meanwhile: an upload based on version 2 is stale.
    await ok(
      url,
      mate,
      `mutation($id: ID!) { updateDocument(input: { id: $id, version: 2, body: "edited" }) { id } }`,
      {
        id: document.id,
      },
    );
    const stale = await put(document.id, 'second', owner, { 'x-document-version': '2' });
    expect(stale.status).toBe(409);
    expect(await stale.json()).toEqual({
      error: { code: 'CONFLICT', message: expect.any(String), current: { id: document.id, version: 3 } },
    });
    const staleRemoval = await fetch(`${url}/files/documents/${document.id}?version=2`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${owner}` },
    });
    expect(staleRemoval.status).toBe(409);
    expect(await (await get(document.id, owner)).text()).toBe('first');
    const fresh = await put(document.id, 'second', owner, { 'x-document-version': '3' });
    expect(((await fresh.json()) as { document: { version: number } }).document.version).toBe(4);
  });

  it('should tell clients the upload limit it enforces, UPLOAD_MAX_MB', async () => {
    const limited = await startTestServer(db, { uploadMaxBytes: 1024 * 1024 });
    try {
      const QUERY = `{ documentFileMaxBytes }`;
      expect(await ok(limited.url, owner, QUERY)).toEqual({ documentFileMaxBytes: 1024 * 1024 });
      expect(await ok(url, owner, QUERY)).toEqual({ documentFileMaxBytes: DEFAULT_MAX_FILE_BYTES });
      const document = await createDocument();
      const upload = (bytes: number) =>
        fetch(`${limited.url}/files/documents/${document.id}`, {
          method: 'PUT',
          headers: { authorization: `Bearer ${owner}`, 'x-file-name': 'a.bin', 'x-document-version': '1' },
          body: Buffer.alloc(bytes),
        });
      expect((await upload(1024 * 1024 + 1)).status).toBe(413);
      expect((await upload(1024 * 1024)).status).toBe(200);
    } finally {
      await limited.stop();
    }
  });

  it('should refuse a file over the limit with 413 and keep the one it had', async () => {
    const document = await createDocument();
    await put(document.id, 'small', owner);
    const response = await put(document.id, Buffer.alloc(DEFAULT_MAX_FILE_BYTES + 1), owner);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'The file is larger than the limit of 25 MB' },
    });
    expect(await (await get(document.id, owner)).text()).toBe('small');
  });

  it('should remove the file with DELETE, then answer 404', async () => {
    const document = await createDocument();
    await put(document.id, 'bye', owner);
    const removed = await fetch(`${url}/files/documents/${document.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${owner}` },
    });
    expect(removed.status).toBe(200);
    expect(await removed.json()).toEqual({ document: { id: document.id, version: 3 } });
    const gone = await get(document.id, owner);
    expect(gone.status).toBe(404);
    expect(await errorOf(gone)).toBe('NOT_FOUND');
  });

  it('should answer 401, 403 and 404 as JSON, and 404 alike for hidden and missing documents', async () => {
    const document = await createDocument({ visibility: 'TEAM' });
    await put(document.id, 'team only', owner);

    const anonymous = await get(document.id);
    expect(anonymous.status).toBe(401);
    expect(await errorOf(anonymous)).toBe('UNAUTHENTICATED');
    const badToken = await get(document.id, `lsn_${'x'.repeat(43)}`);
    expect(badToken.status).toBe(401);

    const hidden = await get(document.id, outsider);
    const missing = await get('00000000-0000-4000-8000-000000000000', outsider);
    const notAnId = await get('not-an-id', outsider);
    for (const response of [hidden, missing, notAnId]) {
      expect(response.status).toBe(404);
      expect(await errorOf(response)).toBe('NOT_FOUND');
    }
    const hiddenPut = await put(document.id, 'overwrite', outsider);
    expect(hiddenPut.status).toBe(404);

    const viewerPut = await put(document.id, 'overwrite', reader);
    expect(viewerPut.status).toBe(403);
    expect(await errorOf(viewerPut)).toBe('FORBIDDEN');
    const readOnly = (await createUser(db.dataSource, { role: 'admin', scope: TokenScope.READ })).token;
    expect((await put(document.id, 'overwrite', readOnly)).status).toBe(403);
    expect((await get(document.id, readOnly)).status).toBe(200);

    const visibleDocument = await createDocument({ visibility: 'EVERYONE' });
    const foreign = await put(visibleDocument.id, 'not mine', outsider);
    expect(foreign.status).toBe(403);
    const foreignDelete = await fetch(`${url}/files/documents/${visibleDocument.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${outsider}` },
    });
    expect(foreignDelete.status).toBe(403);

    expect(await (await get(document.id, mate)).text()).toBe('team only');
  });

  it('should take the session cookie of the web app, and refuse it on a write from another site', async () => {
    const document = await createDocument();
    const cookie = `liaison_session=${ownerSession}`;
    const sameSite = await put(document.id, 'from the web app', undefined, { cookie, origin: url });
    expect(sameSite.status).toBe(200);
    const crossSite = await put(document.id, 'from elsewhere', undefined, { cookie, origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(await errorOf(crossSite)).toBe('FORBIDDEN');
    const download = await fetch(`${url}/files/documents/${document.id}`, { headers: { cookie } });
    expect(await download.text()).toBe('from the web app');
  });
});
