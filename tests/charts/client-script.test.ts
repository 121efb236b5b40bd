// The charts' client script is an enhancement only: tiny, self-contained, and no D3 in the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = 'src/scripts/charts/tooltip.ts';

describe('chart client script', () => {
  it('bundles, minified, to under 3 KB gzip with nothing imported', async () => {
    const out = await build({ entryPoints: [entry], bundle: true, minify: true, format: 'esm', write: false, target: 'es2022', logLevel: 'silent' });
    const code = out.outputFiles[0]!.text;
    expect(gzipSync(code).length).toBeLessThan(3 * 1024);
    expect(code).not.toMatch(/\bimport\b/);
  });

  it('no chart script or component ships D3 to the browser', () => {
    for (const file of readdirSync('src/scripts/charts')) {
      expect(readFileSync(`src/scripts/charts/${file}`, 'utf8'), file).not.toMatch(/from ['"]d3-/);
    }
    // The component imports D3 only in its frontmatter (build time); its <script> imports only the enhancement.
    const component = readFileSync('src/components/charts/Chart.astro', 'utf8');
    const scripts = [...component.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.trim()).toBe("import '../../scripts/charts/tooltip.ts';");
  });
});
