// The `_headers` reader the tests and the local server use behaves as Cloudflare Pages documents it.
import { describe, expect, it } from 'vitest';
import { headersFor, parseCsp, parseHeadersFile, patternMatches } from './headers-file.ts';

describe('_headers reader', () => {
  const rules = parseHeadersFile(`# comment
/*
  X-A: 1
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'

/embed/*
  ! Content-Security-Policy
  Content-Security-Policy: frame-ancestors *

/data/:file
  X-A: 2
`);

  it('matches splats, placeholders and exact paths', () => {
    expect(patternMatches('/*', '/')).toBe(true);
    expect(patternMatches('/embed/*', '/embed/a/')).toBe(true);
    expect(patternMatches('/embed/*', '/en/embed/a/')).toBe(false);
    expect(patternMatches('/data/:file', '/data/x.csv')).toBe(true);
    expect(patternMatches('/data/:file', '/data/x/y.csv')).toBe(false);
    expect(patternMatches('/datapackage.json', '/datapackageXjson')).toBe(false);
  });

  it('applies every matching rule, joins repeated headers and lets `!` drop a broader one', () => {
    expect(Object.fromEntries(headersFor(rules, '/datasets/'))).toEqual({ 'X-A': '1', 'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'" });
    expect(headersFor(rules, '/embed/a/').get('Content-Security-Policy')).toBe('frame-ancestors *');
    expect(headersFor(rules, '/data/x.csv').get('X-A')).toBe('1, 2');
  });

  it('reads a CSP into directives', () => {
    expect(parseCsp("default-src 'self'; script-src 'self' 'wasm-unsafe-eval';").get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('refuses a header line before any path', () => {
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/before any path/);
  });
});
