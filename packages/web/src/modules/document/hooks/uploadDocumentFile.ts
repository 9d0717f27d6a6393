import { formatMegabytes } from '../documentLabels';

export interface UploadedFile {
  file: { id: string; fileName: string; byteSize: number; contentType: string; url: string };
  document: { id: string; version: number };
}

/** An upload that did not go through, said for a person; `code` is the server's, or ABORTED / NETWORK. */
export class UploadError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export interface UploadOptions {
  /** The version of the document the file goes with: the server refuses a stale one (409). */
  version: number;
  /** The server's limit (`documentFileMaxBytes`): larger files are refused before sending; unknown: not checked here. */
  maxBytes?: number;
  /** Bytes sent so far, of how many. */
  onProgress?(loaded: number, total: number): void;
  signal?: AbortSignal;
}

const MESSAGES: Record<number, string> = {
  401: 'Your session ended: sign in again, then upload the file again.',
  403: 'Your role does not let you upload files.',
  404: 'This document no longer exists, or is not shared with you.',
  409: 'Someone else changed this document meanwhile: it now shows their version; upload the file again if it still fits.',
};

/**
 * Sends a file as the raw body of `PUT /files/documents/:id`, with its name in `X-File-Name`
 * (percent-encoded), the document's version in `X-Document-Version` and its media type as Content-Type. XMLHttpRequest rather than fetch(), because
 * only it reports upload progress. Same origin, session cookie: the server's same-origin check passes.
 */
export function uploadDocumentFile(documentId: string, file: File, options: UploadOptions): Promise<UploadedFile> {
  return new Promise((resolve, reject) => {
    if (options.maxBytes !== undefined && file.size > options.maxBytes) {
      reject(
        new UploadError(
          'PAYLOAD_TOO_LARGE',
          `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; files can be at most ${formatMegabytes(options.maxBytes)}.`,
        ),
      );
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', `/files/documents/${encodeURIComponent(documentId)}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    xhr.setRequestHeader('X-Document-Version', String(options.version));
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) options.onProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as ({ error?: { code?: string; message?: string } } & Partial<UploadedFile>) | null;
      if (xhr.status >= 200 && xhr.status < 300 && body?.file) {
        options.onProgress?.(file.size, file.size);
        resolve(body as UploadedFile);
        return;
      }
      const code = body?.error?.code ?? `HTTP_${xhr.status}`;
      const message =
        xhr.status === 413
          ? `${file.name} is too large: ${body?.error?.message ?? 'the server refused it'}.`
          : (MESSAGES[xhr.status] ?? body?.error?.message ?? 'The server did not accept the file. Try again.');
      reject(new UploadError(code, message));
    };
    xhr.onerror = () =>
      reject(new UploadError('NETWORK', 'The server cannot be reached. Check your connection, then try again.'));
    xhr.onabort = () => reject(new UploadError('ABORTED', 'The upload was cancelled.'));
    if (options.signal) {
      if (options.signal.aborted) {
        xhr.abort();
        return;
      }
      options.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}
