// A small HTML tag scanner for checks over the built pages (links, ids, scripts, meta). Astro emits
// well-formed HTML, so tags and attributes are enough; no DOM is needed.

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Line in the file, for messages. */
  line: number;
  /** Text inside raw-text elements (script, style, textarea, title). */
  text?: string;
}

const rawTextElements = new Set(['script', 'style', 'textarea', 'title']);

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(code);
    }
    return namedEntities[ref.toLowerCase()] ?? whole;
  });
}

function lineAt(html: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (html.charCodeAt(i) === 10) line++;
  return line;
}

const attrPattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttrs(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(attrPattern)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** Every start tag in document order, with attributes decoded; comments and doctype skipped. */
export function parseTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const tagStart = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  let match: RegExpExecArray | null;
  while ((match = tagStart.exec(html))) {
    if (!match[1]) continue;
    const name = match[1].toLowerCase();
    const attrSource = match[2] ?? '';
    const tag: Tag = { name, attrs: parseAttrs(attrSource.replace(/\/$/, '')), line: lineAt(html, match.index) };
    if (rawTextElements.has(name) && !attrSource.trimEnd().endsWith('/')) {
      const close = html.toLowerCase().indexOf(`</${name}`, tagStart.lastIndex);
      const end = close === -1 ? html.length : close;
      tag.text = html.slice(tagStart.lastIndex, end);
      tagStart.lastIndex = end;
    }
    tags.push(tag);
  }
  return tags;
}

/** A short description of a tag for messages: `<a href="/x/">` at line 12. */
export function describe(tag: Tag): string {
  const keys = ['id', 'href', 'src', 'rel', 'name', 'property', 'class'].filter((k) => tag.attrs.has(k));
  const attrs = keys.map((k) => ` ${k}="${tag.attrs.get(k)}"`).join('');
  return `<${tag.name}${attrs}> (line ${tag.line})`;
}

/** All ids (and legacy `<a name>`) a fragment can point to. */
export function anchorTargets(tags: Tag[]): Set<string> {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = tag.attrs.get('id');
    if (id) ids.add(id);
    if (tag.name === 'a' && tag.attrs.get('name')) ids.add(tag.attrs.get('name') ?? '');
  }
  return ids;
}
