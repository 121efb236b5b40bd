import { messages, type MessageCode, type MessageParams } from './messages.ts';

/** One thing wrong in a data file, located as a text editor or GitHub shows it (1-based). */
export interface Problem {
  file: string;
  line: number;
  column: number;
  /** Name of the CSV column or YAML key, when there is one. */
  field?: string;
  value?: string;
  code: MessageCode;
  params?: MessageParams;
}

export function problemText(p: Problem, lang: 'vi' | 'en'): string {
  const params = { value: p.value, ...p.params };
  return messages[p.code][lang](params);
}

function where(p: Problem): string {
  const label = p.file.endsWith('.csv') ? 'cột/column' : 'mục/key';
  const cell = p.field ? ` ${label} "${p.field}"` : '';
  const value = p.value !== undefined ? ` — giá trị/value: "${p.value}"` : '';
  return `${p.file}:${p.line}:${p.column}${cell}${value}`;
}

/** The block staff read in the terminal: location, value, then the message in both languages. */
export function formatProblem(p: Problem): string {
  return `${where(p)}\n  vi: ${problemText(p, 'vi')}\n  en: ${problemText(p, 'en')}`;
}

export function formatProblems(problems: readonly Problem[]): string {
  const n = problems.length;
  const head = `Dữ liệu có ${n} lỗi, chưa xuất bản gì. / The data has ${n} error${n === 1 ? '' : 's'}; nothing was published.`;
  return [head, ...problems.map(formatProblem)].join('\n\n');
}

// GitHub workflow commands need %, CR and LF escaped in the message and also , and : in properties.
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** A `::error` workflow command, so the problem shows on the pull request's diff. */
export function githubAnnotation(p: Problem): string {
  // The message code in the title is what CONTRIBUTING.md is indexed by.
  const title = escapeProperty(p.field ? `${p.code} — ${p.field}: ${p.value ?? ''}` : p.code);
  const body = escapeData(`${problemText(p, 'vi')}\n${problemText(p, 'en')}`);
  return `::error file=${escapeProperty(p.file)},line=${p.line},col=${p.column},title=${title}::${body}`;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}

/** Thrown when data is invalid; its message is the full bilingual report (Astro prints it verbatim). */
export class DataValidationError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'DataValidationError';
    this.problems = problems;
    // Staff act on the message; a stack trace would only bury it.
    this.stack = '';
  }
}
