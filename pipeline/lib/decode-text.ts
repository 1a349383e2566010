import type { Problems } from './problems.ts';

/**
 * Release files are UTF-8. A file saved as Windows-1252 (a curly quote or `é` from Excel) would otherwise
 * turn into "Caf�" silently; the first byte that is not UTF-8 is named by line and byte so it can be found.
 */

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Offset of the first byte that does not begin or continue a valid sequence (only called on a file that failed to decode). */
function firstInvalidByte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const length = sequenceLength(bytes[i]);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    // Overlong forms and surrogates also fail the strict decoder; checking the whole sequence settles them.
    try {
      strictUtf8.decode(bytes.subarray(i, i + length));
    } catch {
      return i;
    }
    i += length;
  }
  return bytes.length;
}

/** The text of a UTF-8 file (BOM removed), or null after adding one located problem. */
export function decodeUtf8(bytes: Uint8Array, file: string, problems: Problems): string | null {
  try {
    return strictUtf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    const at = firstInvalidByte(bytes);
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < at; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    const byte = `0x${bytes[at].toString(16).toUpperCase().padStart(2, '0')}`;
    problems.add({
      file,
      line,
      field: `byte ${at - lineStart + 1} of the line`,
      value: byte,
      expected: 'UTF-8 text; the file looks saved in another encoding (often Windows-1252 from Excel): save it again as UTF-8',
    });
    return null;
  }
}
