// Zero broken internal links or anchors over the whole built site: every href/src of every page
// must name a built file, and every #fragment an element id in the target page.
import { describe, expect, it } from 'vitest';
import { anchorTargets, describe as describeTag, parseTags } from './html.ts';
import { referencesIn } from './references.ts';
import { fileOfUrlPath, htmlFiles, readDist, siteOrigin, urlPathOf } from './site.ts';

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = anchorTargets(parseTags(readDist(file)));
    idsCache.set(file, ids);
  }
  return ids;
}

/** Why an internal URL is broken, or undefined when it resolves. */
function brokenReason(url: URL, pageFile: string): string | undefined {
  const file = fileOfUrlPath(url.pathname);
  if (!file) {
    const withSlash = fileOfUrlPath(`${url.pathname}/`);
    return withSlash ? 'missing trailing slash (the site uses trailingSlash: always)' : 'no such file in dist/';
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment === '' || fragment === 'top' || !file.endsWith('.html')) return undefined;
  return idsOf(file).has(fragment) ? undefined : `no element with id="${fragment}" in ${file === pageFile ? 'this page' : file}`;
}

describe('internal links and anchors of the built site', () => {
  it('every internal href/src resolves to a built file, and every #anchor to an element id', () => {
    const origin = siteOrigin();
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles()) {
      const base = new URL(urlPathOf(file), origin);
      for (const ref of referencesIn(parseTags(readDist(file)))) {
        if (ref.url === '' ) {
          broken.push(`${file}: ${describeTag(ref.tag)} has an empty ${ref.attr}`);
          continue;
        }
        if (/^javascript:/i.test(ref.url)) {
          broken.push(`${file}: ${describeTag(ref.tag)} uses a javascript: URL`);
          continue;
        }
        const url = new URL(ref.url, base);
        if (url.origin !== origin) continue;
        checked++;
        const reason = brokenReason(url, file);
        if (reason) broken.push(`${file}: ${describeTag(ref.tag)} ${ref.attr}="${ref.url}" → ${reason}`);
      }
    }
    expect(checked, 'the site should have internal links at all').toBeGreaterThan(0);
    expect(broken, `Broken internal links:\n${broken.join('\n')}`).toEqual([]);
  });
});
