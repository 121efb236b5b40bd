// Lighthouse (mobile, the default form factor) on the home, a dataset and a report page of a built site,
// served on 127.0.0.1, driven through Debian's Chromium. Prints scores; asserts nothing.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.json': 'application/json', '.xml': 'application/xml', '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm', '.ico': 'image/x-icon', '.txt': 'text/plain; charset=utf-8', '.zip': 'application/zip',
};

function serve(dist: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': types['.html']! }).end(readFileSync(join(dist, '404.html')));
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

function run(cli: string, url: string): Promise<Record<string, number>> {
  const flags = '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
  const args = [cli, url, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${categories.join(',')}`, `--chrome-flags=${flags}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse ${url} exited ${code}: ${err.slice(-500)}`));
      const report = JSON.parse(out) as { categories: Record<string, { score: number | null }> };
      resolve(Object.fromEntries(categories.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])));
    });
  });
}

export async function lighthouseScores(dist: string, paths: string[]): Promise<void> {
  const require = createRequire(import.meta.url);
  const cli = join(require.resolve('lighthouse/package.json'), '..', 'cli', 'index.js');
  if (!existsSync('/usr/bin/chromium')) {
    console.log('  /usr/bin/chromium is missing (apt-get install chromium), so Lighthouse was not run.');
    return;
  }
  const server = await serve(dist);
  const { port } = server.address() as AddressInfo;
  try {
    console.log(`  ${'page'.padEnd(34)} ${categories.map((c) => c.padStart(15)).join('')}   (mobile, simulated throttling)`);
    for (const path of paths) {
      const scores = await run(cli, `http://127.0.0.1:${port}${path}`);
      console.log(`  ${path.padEnd(34)} ${categories.map((c) => String(scores[c]).padStart(15)).join('')}`);
    }
  } finally {
    server.close();
  }
}
