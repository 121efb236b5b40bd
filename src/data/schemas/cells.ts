// Cell-level schemas: each turns one CSV cell (a string) into a typed value, or reports
// a coded issue (params.code is a key of messages.ts) that the error map turns into bilingual text.
import { z } from 'zod';
import type { MessageCode } from '../messages.ts';

type Ctx = z.core.$RefinementCtx<string>;

export function fail(ctx: Ctx, code: MessageCode, extra: Record<string, string> = {}): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message: code, params: { code, ...extra } });
  return z.NEVER;
}

const PLACEHOLDER = /^(-+|–|—|x|\[x\]|\.+|…|n\/?a|na|null|none|\?)$/i;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const THOUSANDS = /^-?\d{1,3}([.,\s\u00a0]\d{3})+$/;
const THOUSANDS_WITH_DECIMALS = /^-?\d{1,3}([.\s\u00a0]\d{3})+,\d+$|^-?\d{1,3}([,\s\u00a0]\d{3})+\.\d+$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;

/** How to write a misformatted number, for the "write X instead" hint. */
function plainForm(raw: string, hasThousands = false): string {
  const s = raw.replace(/[%\s\u00a0]/g, '');
  if (hasThousands && THOUSANDS.test(s)) return s.replace(/[.,]/g, '');
  if (THOUSANDS_WITH_DECIMALS.test(s)) {
    const decimalMark = /,\d+$/.test(s) ? ',' : '.';
    const [int, dec] = s.split(decimalMark);
    return `${int!.replace(/[.,]/g, '')}.${dec}`;
  }
  if (DECIMAL_COMMA.test(s)) return s.replace(',', '.');
  return s.replace(/[.,]/g, '');
}

/** A number cell: digits, optional minus, optional point decimals. Blank is an error, never zero. */
export const numberCell = z.string().transform((raw, ctx) => {
  const s = raw.trim();
  if (s === '') return fail(ctx, 'blank-required');
  if (PLAIN_NUMBER.test(s)) return Number(s);
  if (PLACEHOLDER.test(s)) return fail(ctx, 'placeholder');
  if (s.endsWith('%')) return fail(ctx, 'percent-sign', { hint: plainForm(s) });
  if (THOUSANDS.test(s) || THOUSANDS_WITH_DECIMALS.test(s)) {
    // "88,8" is a decimal comma, "73.028" or "73,028" a thousands separator: three digits after the mark.
    return fail(ctx, 'thousands-separator', { hint: plainForm(s, true) });
  }
  if (DECIMAL_COMMA.test(s)) return fail(ctx, 'decimal-comma', { hint: plainForm(s) });
  return fail(ctx, 'not-a-number');
});

export function yearCell(min: number, max: number) {
  return z.string().transform((raw, ctx) => {
    const s = raw.trim();
    if (s === '') return fail(ctx, 'blank-required');
    if (!/^\d{4}$/.test(s)) return fail(ctx, 'year-invalid');
    const year = Number(s);
    if (year < min || year > max) return fail(ctx, 'year-implausible', { expected: `${min}–${max}` });
    return year;
  });
}

// Control characters other than tab, LF and CR never belong in a cell.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const FORMULA_START = /^[=+\-@\t\r]/;

function cleanText(raw: string, ctx: Ctx): string {
  if (FORMULA_START.test(raw)) return fail(ctx, 'formula-like');
  if (CONTROL.test(raw)) return fail(ctx, 'control-character');
  return raw.trim().normalize('NFC');
}

/** Free text (quotes, notes, sections): NFC, never formula-like. Blank becomes undefined. */
export const optionalText = z.string().transform((raw, ctx) => {
  const s = cleanText(raw, ctx);
  return s === '' ? undefined : s;
});

export function requiredText(blankCode: MessageCode = 'blank-required') {
  return z.string().transform((raw, ctx) => {
    const s = cleanText(raw, ctx);
    if (s === '') return fail(ctx, blankCode);
    return s;
  });
}

/** A code from a fixed list (breakdown, measure, status…). */
export function codeCell<const T extends readonly [string, ...string[]]>(allowed: T, blankCode: MessageCode = 'blank-required') {
  const set = new Set<string>(allowed);
  return z.string().transform((raw, ctx) => {
    const s = raw.trim().normalize('NFC');
    if (s === '') return fail(ctx, blankCode);
    if (!set.has(s)) return fail(ctx, 'unknown-code', { expected: allowed.join(', ') });
    return s as T[number];
  });
}

export function optionalCodeCell<const T extends readonly [string, ...string[]]>(allowed: T) {
  const set = new Set<string>(allowed);
  return z.string().transform((raw, ctx) => {
    const s = raw.trim();
    if (s === '') return undefined;
    if (!set.has(s)) return fail(ctx, 'unknown-code', { expected: `${allowed.join(', ')} (hoặc để trống / or blank)` });
    return s as T[number];
  });
}
