import { describe, expect, it } from 'vitest';
import { checkFile, MAX_ATTACHMENT_BYTES } from '../../src/modules/attachments/file-checks.js';

// The checks every stored file passes (consent forms and message files), on their own: what a
// multipart parser might let through is refused here too.

const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(100, 32)]);
const fault = (name: string, content = pdf, declaredType = 'application/pdf') => {
  try {
    checkFile({ name, declaredType, content }, 'files.3');
    return undefined;
  } catch (error) {
    const { code, field, translation } = error as { code: string; field: string; translation: { key: string } };
    return { code, field, key: translation.key };
  }
};

describe('file checks', () => {
  it('refuse a NUL, other control characters, direction controls and broken characters in the name, naming the field', () => {
    for (const name of ['recept\u0000.pdf', 'recept\u0007.pdf', 'recept\u202efdp.exe', 'recept\u2066.pdf', 'recept\ud800.pdf', 'två\nrader.pdf']) {
      expect(fault(name)).toEqual({ code: 'BAD_USER_INPUT', field: 'files.3', key: 'attachments.fileNameNotAllowed' });
    }
  });

  it('keep a name in any script, without its folders, and give a blank one a neutral name', () => {
    expect(checkFile({ name: 'C:\\tmp\\وثيقة Åsa.pdf', declaredType: '', content: pdf }).fileName).toBe('وثيقة Åsa.pdf');
    expect(checkFile({ name: '  ', declaredType: '', content: pdf }).fileName).toBe('file');
    expect(checkFile({ name: 'x'.repeat(300), declaredType: '', content: pdf }).fileName).toHaveLength(255);
  });

  it('type a file by its content, never by its name or declared type', () => {
    expect(checkFile({ name: 'scan.pdf', declaredType: 'application/octet-stream', content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1]) }).contentType).toBe('image/jpeg');
    expect(fault('recept.pdf', Buffer.from('MZ\x90\x00'))?.key).toBe('attachments.typeNotAllowed');
    expect(fault('recept.pdf', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1]), 'application/pdf')?.key).toBe('attachments.typeMismatch');
    expect(fault('tom.pdf', Buffer.alloc(0))?.key).toBe('attachments.empty');
    expect(fault('stor.pdf', Buffer.concat([pdf, Buffer.alloc(MAX_ATTACHMENT_BYTES)]))?.key).toBe('attachments.tooLarge');
  });
});
