import type { Response } from 'express';

/** What a download sends: the stored file's bytes and what the browser is told about them. */
export interface DownloadedFile {
  contentType: string;
  size: number;
  fileName: string;
  content?: Buffer;
}

/**
 * Sends a stored file (an attachment, a message's file) as a download that no cache keeps; the
 * file name is sent as RFC 5987 UTF-8, so that names in any script arrive intact.
 */
export function sendDownload(res: Response, file: DownloadedFile): void {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Length', String(file.size));
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.end(file.content);
}
