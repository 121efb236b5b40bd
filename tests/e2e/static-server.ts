// A tiny static server for the built site on 127.0.0.1 (random free port), with the content types a
// host would send and, optionally, the security headers of `_headers` as Cloudflare Pages applies them.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../quality/headers-file.ts';

export const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

/** Content type for a file name; Pagefind's index chunks (.pf_*, .pagefind) are opaque bytes. */
export function contentTypeOf(file: string): string {
  if (file.endsWith('feed.xml')) return 'application/atom+xml; charset=utf-8';
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface StaticSite {
  origin: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Apply `_headers` from the root (as the host would); off by default. */
  securityHeaders?: boolean;
}

/** Resolve a URL path to a file below root, or undefined; never escapes root. */
function resolveFile(root: string, urlPath: string): { file?: string; redirect?: string } {
  const decoded = decodeURIComponent(urlPath);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return {};
  if (!existsSync(candidate)) return {};
  if (statSync(candidate).isDirectory()) {
    // Hosts answer /datasets with a redirect to /datasets/ when there is an index.html inside.
    if (!decoded.endsWith('/')) return existsSync(join(candidate, 'index.html')) ? { redirect: `${urlPath}/` } : {};
    const index = join(candidate, 'index.html');
    return existsSync(index) ? { file: index } : {};
  }
  return { file: candidate };
}

/** Like Cloudflare Pages: the 404.html nearest to the requested path (GitHub Pages and Netlify: the root one). */
function nearestNotFoundPage(root: string, urlPath: string): string {
  const segments = urlPath.split('/').filter(Boolean);
  for (let n = segments.length; n >= 0; n--) {
    const candidate = join(root, ...segments.slice(0, n), '404.html');
    if (existsSync(candidate)) return candidate;
  }
  return join(root, '404.html');
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticSite> {
  const absoluteRoot = normalize(root);
  const headersPath = join(absoluteRoot, '_headers');
  const rules: HeaderRule[] = options.securityHeaders && existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    for (const [name, value] of headersFor(rules, url.pathname)) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    const { file, redirect } = resolveFile(absoluteRoot, url.pathname);
    if (redirect) {
      response.writeHead(301, { location: redirect }).end();
      return;
    }
    const notFound = nearestNotFoundPage(absoluteRoot, url.pathname);
    const status = file ? 200 : 404;
    const body = file ? readFileSync(file) : existsSync(notFound) ? readFileSync(notFound) : Buffer.from('Not found');
    response.writeHead(status, { 'content-type': contentTypeOf(file ?? notFound), 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('static server: no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
