import { createHash, randomBytes } from 'node:crypto';

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * A small PDF of its own, so that its bytes cannot be confused with any other file: random bytes
 * (`size` of them) between a header and a trailer; `binaryMarker` adds the comment line that tells
 * a reader the file is binary.
 */
export function uniquePdf({ size, binaryMarker = false }: { size: number; binaryMarker?: boolean }): Buffer {
  return Buffer.concat([
    Buffer.from(`%PDF-1.4\n${binaryMarker ? '%\xE2\xE3\xCF\xD3\n' : ''}1 0 obj<</Type/Catalog>>endobj\n`, 'latin1'),
    Buffer.from(`% ${randomBytes(48).toString('hex')}\n`),
    randomBytes(size),
    Buffer.from('\ntrailer<</Root 1 0 R>>\n%%EOF\n'),
  ]);
}
