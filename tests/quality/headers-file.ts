// Reads the host's `_headers` file (Netlify / Cloudflare Pages format) and works out the headers
// a path gets, so tests and the local test server apply exactly what the host would.
import { readFileSync } from 'node:fs';

export interface HeaderRule {
  pattern: string;
  /** Headers this rule sets, in file order (a name may repeat). */
  set: Array<[name: string, value: string]>;
  /** Header names this rule removes from broader rules (Cloudflare's `! Name` lines). */
  detach: string[];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), set: [], detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: header line before any path: ${raw}`);
    const line = raw.trim();
    if (line.startsWith('!')) {
      rule.detach.push(line.slice(1).trim().toLowerCase());
      continue;
    }
    const colon = line.indexOf(':');
    if (colon < 1) throw new Error(`_headers: not "Name: value": ${raw}`);
    rule.set.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** `/*` matches everything below; `:name` matches one path segment; otherwise exact. */
export function patternMatches(pattern: string, path: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]\w*/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * Headers for one path, as Cloudflare Pages documents it: every matching rule applies in file order,
 * a header set by two rules is joined with ", ", and `! Name` drops what earlier rules set.
 */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string> {
  const result = new Map<string, { name: string; values: string[] }>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, path)) continue;
    for (const name of rule.detach) result.delete(name);
    for (const [name, value] of rule.set) {
      const entry = result.get(name.toLowerCase()) ?? { name, values: [] };
      entry.values.push(value);
      result.set(name.toLowerCase(), entry);
    }
  }
  return new Map([...result.values()].map((e) => [e.name, e.values.join(', ')]));
}

export function readHeadersFile(path: string): HeaderRule[] {
  return parseHeadersFile(readFileSync(path, 'utf8'));
}

/** A CSP header value as directive → sources. */
export function parseCsp(value: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of value.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}
