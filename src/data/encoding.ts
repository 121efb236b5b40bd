import type { MessageCode } from './messages.ts';

export type Decoded =
  | { ok: true; text: string }
  | { ok: false; code: MessageCode; line: number; column: number; /** The offending bytes in hex. */ value: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Where byte `offset` sits, as line and column (columns count characters of the valid prefix). */
function locate(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

const hex = (bytes: Uint8Array, offset: number) =>
  [...bytes.subarray(offset, offset + 2)].map((b) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`).join(' ');

function firstInvalidUtf8(bytes: Uint8Array): number {
  // Binary search the longest prefix that decodes; a cut inside a valid character is allowed with stream:true.
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  // The valid prefix may end in the first bytes of a character that never completes: start there.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, lo));
    return lo;
  } catch {
    let start = lo;
    while (start > 0 && (bytes[start - 1]! & 0xc0) === 0x80) start--;
    return start > 0 && bytes[start - 1]! >= 0xc0 ? start - 1 : start;
  }
}

/**
 * Spreadsheets save CSV in several encodings; only UTF-8 keeps Vietnamese intact.
 * A UTF-8 BOM is accepted and dropped; UTF-16 and legacy 8-bit encodings are refused.
 */
export function decodeCsv(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, code: 'encoding-utf16', line: 1, column: 1, value: hex(bytes, 0) };
  }
  // UTF-16 without a BOM shows as NUL bytes between ASCII letters.
  const nul = bytes.subarray(0, 4096).indexOf(0);
  if (nul !== -1) return { ok: false, code: 'encoding-utf16', value: hex(bytes, nul), ...locate(bytes, nul) };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, code: 'encoding-not-utf8', value: hex(bytes, offset), ...locate(bytes, offset) };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { ok: true, text };
}
