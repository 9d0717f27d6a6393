import { act, screen } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { renderWithProviders } from '../../../test/renderWithProviders';
import { DocumentFileLimitQuery, DocumentFileUpload } from '../components/DocumentFileUpload';

const ID = 'b6b1f7c2-2f6e-4a8a-9d1e-2b8c0d7e5a01';

/** A stand-in for XMLHttpRequest: records the request; the test plays the progress and the answer. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  response: unknown = null;
  responseType = '';
  withCredentials = false;
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  aborted = false;

  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  progress(loaded: number, total: number) {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total }));
  }
  answer(status: number, response: unknown) {
    this.status = status;
    this.response = response;
    act(() => this.onload?.());
  }
}

const realXhr = window.XMLHttpRequest;
beforeEach(() => {
  FakeXhr.last = null;
  window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
});
afterEach(() => {
  window.XMLHttpRequest = realXhr;
  notifications.clean();
});

function pickFile(name: string, bytes: number, type = 'application/pdf') {
  const file = new File(['x'], name, { type });
  Object.defineProperty(file, 'size', { value: bytes });
  return file;
}

const fileInput = () => document.querySelector('input[type="file"]') as HTMLInputElement;

const MB = 1024 * 1024;

/** The upload control of a document at version 2, once the server has told its limit. */
async function renderUpload(
  props: { hasFile?: boolean; onUploaded?: jest.Mock; onStale?: jest.Mock } = {},
  serverLimit = 25 * MB,
  shownLimit = '25 MB',
) {
  const view = renderWithProviders(
    <DocumentFileUpload
      documentId={ID}
      version={2}
      hasFile={props.hasFile ?? false}
      onUploaded={props.onUploaded ?? jest.fn()}
      onStale={props.onStale}
    />,
    {
      mocks: [{ request: { query: DocumentFileLimitQuery }, result: { data: { documentFileMaxBytes: serverLimit } } }],
    },
  );
  expect(await screen.findByText(`Up to ${shownLimit}.`)).toBeInTheDocument();
  return view;
}

describe('DocumentFileUpload', () => {
  it('sends the file to PUT /files/documents/:id and shows its progress up to completion', async () => {
    const onUploaded = jest.fn();
    const { user } = await renderUpload({ onUploaded });
    const file = pickFile('Résumé 2026.pdf', 2000);
    await user.upload(fileInput(), file);

    const xhr = FakeXhr.last!;
    expect(xhr.method).toBe('PUT');
    expect(xhr.url).toBe(`/files/documents/${ID}`);
    expect(xhr.headers['X-File-Name']).toBe(encodeURIComponent('Résumé 2026.pdf'));
    expect(xhr.headers['Content-Type']).toBe('application/pdf');
    expect(xhr.headers['X-Document-Version']).toBe('2');
    expect(xhr.body).toBe(file);

    xhr.progress(500, 2000);
    const bar = screen.getByRole('progressbar', { name: 'Upload of Résumé 2026.pdf' });
    expect(bar).toHaveAttribute('aria-valuenow', '25');
    expect(screen.getByText(/Uploading Résumé 2026.pdf: 500 bytes of 2 KB/)).toBeInTheDocument();
    xhr.progress(1500, 2000);
    expect(bar).toHaveAttribute('aria-valuenow', '75');

    const answer = {
      file: { id: 'f1', fileName: 'Résumé 2026.pdf', byteSize: 2000, contentType: 'application/pdf', url: '/x' },
      document: { id: ID, version: 3 },
    };
    xhr.answer(200, answer);
    expect(await screen.findByText('Uploaded Résumé 2026.pdf.')).toBeInTheDocument();
    expect(onUploaded).toHaveBeenCalledWith(answer);
    expect(screen.getByRole('progressbar', { name: 'Upload of Résumé 2026.pdf' })).toHaveAttribute(
      'aria-valuenow',
      '100',
    );
  });

  it('cancels an upload under way', async () => {
    const onUploaded = jest.fn();
    const { user } = await renderUpload({ hasFile: true, onUploaded });
    await user.upload(fileInput(), pickFile('slides.pdf', 10_000));
    FakeXhr.last!.progress(1000, 10_000);

    await user.click(screen.getByRole('button', { name: 'Cancel upload' }));
    expect(FakeXhr.last!.aborted).toBe(true);
    expect(await screen.findByText('The upload was cancelled.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Replace the file…' })).toBeInTheDocument();
    expect(onUploaded).not.toHaveBeenCalled();
  });

  it('refuses a file above the limit before sending it, and says why', async () => {
    const { user } = await renderUpload();
    await user.upload(fileInput(), pickFile('video.mp4', 30 * 1024 * 1024, 'video/mp4'));
    expect(FakeXhr.last).toBeNull();
    const alert = (await screen.findByText('The file was not uploaded')).closest('[role="alert"]');
    expect(alert).toHaveTextContent('video.mp4 is 30.0 MB; files can be at most 25 MB.');
  });

  it('says what the server answered when it refuses the file', async () => {
    const { user } = await renderUpload();
    await user.upload(fileInput(), pickFile('big.zip', 1000, 'application/zip'));
    FakeXhr.last!.answer(413, {
      error: { code: 'PAYLOAD_TOO_LARGE', message: 'The file is larger than the limit of 25 MB' },
    });
    const alert = (await screen.findByText('The file was not uploaded')).closest('[role="alert"]');
    expect(alert).toHaveTextContent('big.zip is too large: The file is larger than the limit of 25 MB.');
  });

  it('reads the upload limit from the server (UPLOAD_MAX_MB), says it, and refuses larger files before sending', async () => {
    const { user } = await renderUpload({}, 10 * MB, '10 MB');
    expect(screen.queryByText('Up to 25 MB.')).not.toBeInTheDocument();
    await user.upload(fileInput(), pickFile('scan.tiff', 12 * MB, 'image/tiff'));
    expect(FakeXhr.last).toBeNull();
    const alert = (await screen.findByText('The file was not uploaded')).closest('[role="alert"]');
    expect(alert).toHaveTextContent('scan.tiff is 12.0 MB; files can be at most 10 MB.');
    await user.upload(fileInput(), pickFile('scan.png', 9 * MB, 'image/png'));
    expect(FakeXhr.last?.method).toBe('PUT');
  });

  it('says so when someone else changed the document since it was shown', async () => {
    const onUploaded = jest.fn();
    const onStale = jest.fn();
    const { user } = await renderUpload({ onUploaded, onStale });
    await user.upload(fileInput(), pickFile('minutes.pdf', 1000));
    FakeXhr.last!.answer(409, { error: { code: 'CONFLICT', message: 'Document was changed by someone else' } });
    const alert = (await screen.findByText('The file was not uploaded')).closest('[role="alert"]');
    expect(alert).toHaveTextContent('Someone else changed this document meanwhile');
    expect(onUploaded).not.toHaveBeenCalled();
    // The page loads the document again, so that the next upload goes with its new version.
    expect(onStale).toHaveBeenCalledTimes(1);
  });
});
