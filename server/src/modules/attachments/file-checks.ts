import { createHash } from 'node:crypto';
import { AppError, ErrorCode } from '../../core/errors/app-error.js';
import { textFault } from '../../core/validation/text-rules.js';
import { allowedContentTypes, sniffContentType } from './file-sniffing.js';

/** The largest file: a signed consent form, or one file on a case message. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function attachmentTooLarge(field = 'file'): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, 'attachments.tooLarge', { field, params: { limit: MAX_ATTACHMENT_BYTES / 1024 / 1024 } });
}

/** A file as it arrived: the name and type the client gave, and its bytes. */
export interface ReceivedFile {
  readonly name: string;
  /** Lower case, without parameters. */
  readonly declaredType: string;
  readonly content: Buffer;
}

/** A file that passed the checks, as it is stored. */
export interface CheckedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
  sha256: Buffer;
}

/**
 * The name the file is stored and offered under, without any folder part. A name with control
 * characters (NUL included), bidirectional controls (`\u202efdp.exe` reads as `exe.pdf`) or lone
 * surrogates is refused, by the same rule as every GraphQL text input.
 */
export function storedFileName(name: string, field = 'fileName', fallback = 'form'): string {
  if (textFault(name)) throw AppError.badInput(field, 'attachments.fileNameNotAllowed');
  return name.replace(/^.*[\\/]/, '').trim().slice(0, 255) || fallback;
}

/**
 * The checks every stored file passes (consent forms and message files alike): not empty, not
 * larger than the limit, a type recognised from its content (never from its name), and the same
 * type as the one declared when the declared one is an allowed type.
 */
export function checkFileContent(content: Buffer, declaredType: string, field = 'file'): string {
  if (content.length === 0) throw AppError.badInput(field, 'attachments.empty');
  if (content.length > MAX_ATTACHMENT_BYTES) throw attachmentTooLarge(field);
  const detected = sniffContentType(content);
  if (!detected) throw AppError.badInput(field, 'attachments.typeNotAllowed');
  // A file that says it is one thing and is another is refused, even when both are allowed.
  if (allowedContentTypes.includes(declaredType) && declaredType !== detected) throw AppError.badInput(field, 'attachments.typeMismatch');
  return detected;
}

/** Name and content checked; the file as it is stored. */
export function checkFile(file: ReceivedFile, field = 'file'): CheckedFile {
  const fileName = storedFileName(file.name, field, 'file');
  const contentType = checkFileContent(file.content, file.declaredType, field);
  return { fileName, contentType, content: file.content, sha256: createHash('sha256').update(file.content).digest() };
}
