/** The file types a signed form may have, recognised by their first bytes, never by their name. */
const signatures: Array<{ type: string; bytes: number[] }> = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
];

export const allowedContentTypes = signatures.map((s) => s.type);

export function sniffContentType(content: Buffer): string | undefined {
  return signatures.find(({ bytes }) => content.length >= bytes.length && bytes.every((byte, i) => content[i] === byte))?.type;
}
