// Hosts without custom headers (GitHub Pages, where main deploys) still get the policy, from a <meta> tag.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/seo/csp.ts';
import { headersFor, parseCsp, readHeadersFile } from './headers-file.ts';
import { htmlFiles, requireDist } from './site.ts';

describe('the Content Security Policy in every page', () => {
  it('is the _headers policy for pages, less frame-ancestors (which a meta tag cannot set)', () => {
    const fromHeaders = parseCsp(headersFor(readHeadersFile('public/_headers'), '/datasets/labour-export/').get('Content-Security-Policy')!);
    fromHeaders.delete('frame-ancestors');
    expect(parseCsp(CONTENT_SECURITY_POLICY)).toEqual(fromHeaders);
  });

  it('is in the head of every built page that uses the site layout', () => {
    const dist = requireDist();
    const pages = htmlFiles().filter((f) => !/(^|\/)embed\//.test(f));
    expect(pages.length).toBeGreaterThan(50);
    for (const page of pages) {
      const html = readFileSync(join(dist, page), 'utf8');
      expect(html, page).toContain('<meta http-equiv="Content-Security-Policy"');
    }
  });
});
