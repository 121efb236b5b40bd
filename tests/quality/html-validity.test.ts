// Every built page is valid HTML according to the Nu Html Checker (vnu.jar from npm, needs Java).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distDir, htmlFiles } from './site.ts';

const vnuJar = 'node_modules/vnu-jar/build/dist/vnu.jar';

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

function javaAvailable(): boolean {
  return spawnSync('java', ['-version'], { encoding: 'utf8' }).status === 0;
}

describe('HTML validity (Nu Html Checker)', () => {
  it('finds Java to run the checker (CI installs default-jre-headless)', () => {
    expect(javaAvailable(), 'Java is missing: install it (apt-get install -y default-jre-headless) so the HTML of the site can be validated').toBe(true);
    expect(existsSync(vnuJar), `${vnuJar} is missing: run npm ci`).toBe(true);
  });

  it('reports no errors on any built page', () => {
    if (!javaAvailable()) throw new Error('Java is missing: the HTML validity check could not run (apt-get install -y default-jre-headless).');
    const files = htmlFiles().map((f) => join(distDir, f));
    const run = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--errors-only', '--format', 'json', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = run.stderr.trim();
    expect(output.startsWith('{'), `vnu did not answer in JSON:\n${output.slice(0, 2000)}`).toBe(true);
    const messages = (JSON.parse(output) as { messages: VnuMessage[] }).messages;
    const errors = messages
      // A file vnu could not read is reported as a non-document error: that fails too.
      .filter((m) => m.type === 'error' || m.type === 'non-document-error' || m.subType === 'fatal')
      .map((m) => {
        const file = m.url ? relative(distDir, fileURLToPath(m.url)) : '?';
        const extract = m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim().slice(0, 120)}]` : '';
        return `${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? '?'}: ${m.message}${extract}`;
      });
    expect(errors, `HTML errors:\n${errors.join('\n')}`).toEqual([]);
  }, 180_000);
});
