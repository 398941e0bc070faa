import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../core/i18n/create-i18n';
import { intlLocale } from '../../core/i18n/intl-locale';
import { acceptedAttachmentTypes, maxAttachmentBytes } from '../cases/attachment-transfer';

/** Files a message may carry (the server's MAX_MESSAGE_FILES). */
export const maxMessageFiles = 5;

/** What the file picker offers: the types the server accepts, and their usual extensions. */
export const messageFileAccept = [...acceptedAttachmentTypes, '.pdf', '.png', '.jpg', '.jpeg'].join(',');

const extensionTypes: Record<string, string> = { pdf: 'application/pdf', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg' };

/** The short name of a file type a person knows ("PDF"); the server sends only these three. */
export function fileTypeLabel(contentType: string): string {
  return { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG' }[contentType] ?? contentType;
}

/**
 * Why a chosen file cannot be sent, as a stable code (the key of its sentence under
 * `composer.fileErrors`), or null. The server checks again, by the file's content.
 */
export type FileProblem = 'FILE_EMPTY' | 'FILE_TOO_LARGE' | 'FILE_TYPE';

export function fileProblem(file: File): FileProblem | null {
  if (file.size === 0) return 'FILE_EMPTY';
  if (file.size > maxAttachmentBytes) return 'FILE_TOO_LARGE';
  const byExtension = extensionTypes[file.name.split('.').pop()?.toLowerCase() ?? ''];
  const type = file.type || byExtension;
  if (!type || !acceptedAttachmentTypes.includes(type)) return 'FILE_TYPE';
  return null;
}

/** A file size in the interface language: "820 kB", "1,2 MB", "١٫٢ ميغابايت". */
export function useFileSize(): (bytes: number) => string {
  const { i18n } = useTranslation();
  const locale = intlLocale(currentLanguage(i18n));
  return useCallback(
    (bytes: number) => {
      const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(bytes / 1024, 0.1), 'kilobyte'];
      try {
        return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
      } catch {
        return `${value.toFixed(1)} ${unit === 'megabyte' ? 'MB' : 'kB'}`;
      }
    },
    [locale],
  );
}
