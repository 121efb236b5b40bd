import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { Problem } from './problems.ts';

/** Where a key path starts in the file (1-based): the node itself, or for a missing key its nearest parent. */
export type Locate = (path: readonly (string | number)[]) => { line: number; column: number };

export type YamlResult<T> = { ok: true; data: T; locate: Locate } | { ok: false; problems: Problem[] };

/** What a zod issue expects, said in both languages. */
function expectation(issue: z.core.$ZodIssue, input: unknown): { expected_vi: string; expected_en: string } {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? { expected_vi: 'bắt buộc phải có', expected_en: 'is required' }
        : { expected_vi: `cần kiểu ${issue.expected}`, expected_en: `${issue.expected} expected` };
    case 'invalid_value':
      return { expected_vi: `cần một trong: ${issue.values.join(', ')}`, expected_en: `one of ${issue.values.join(', ')} expected` };
    case 'unrecognized_keys':
      return { expected_vi: `khóa không được biết: ${issue.keys.join(', ')}`, expected_en: `unknown key: ${issue.keys.join(', ')}` };
    case 'too_small':
      return { expected_vi: 'không được để trống', expected_en: 'must not be empty' };
    case 'invalid_format':
      return { expected_vi: `sai định dạng (${issue.format}, ví dụ 2026-01-31)`, expected_en: `wrong format (${issue.format}, e.g. 2026-01-31)` };
    default:
      return { expected_vi: issue.message, expected_en: issue.message };
  }
}

/** Parse YAML and validate it with a zod schema, locating every problem at its line and column. */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): YamlResult<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const pos = lineCounter.linePos(e.pos[0]);
        return { file, line: pos.line, column: pos.col, code: 'yaml-syntax', params: { hint: e.code } };
      }),
    };
  }
  const locate: Locate = (path) => {
    let node: unknown;
    for (let n = path.length; n >= 0 && !node; n--) node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    const pos = lineCounter.linePos(range?.[0] ?? 0);
    return { line: pos.line, column: pos.col };
  };
  const input = doc.toJS();
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data, locate };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const path = issue.path as (string | number)[];
      const value = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], input);
      return {
        file,
        ...locate(path),
        field: path.join('.'),
        value: typeof value === 'object' || value === undefined ? undefined : String(value),
        code: 'yaml-schema',
        params: { hint: path.join('.') || '(root)', ...expectation(issue, value) },
      };
    }),
  };
}
