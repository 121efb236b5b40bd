// A strict little XML reader for the charts' SVG, so tests can ask about elements and attributes
// without a browser. It throws on anything malformed (unbalanced tags, bad attributes, stray "<" or "&").

export interface XmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  parent?: XmlElement;
}
export type XmlNode = XmlElement | string;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(s: string): string {
  return s.replace(/&([a-z]+);|&/g, (m, name: string | undefined) => {
    if (!name || !(name in entities)) throw new Error(`Unescaped or unknown entity near "${m}"`);
    return entities[name]!;
  });
}

export function parseSvg(xml: string): XmlElement {
  const root: XmlElement = { tag: '#root', attrs: {}, children: [] };
  let current = root;
  const token = /<\/([a-zA-Z][\w:-]*)>|<([a-zA-Z][\w:-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < xml.length) {
    token.lastIndex = pos;
    m = token.exec(xml);
    if (!m) throw new Error(`Malformed XML at ${pos}: ${xml.slice(pos, pos + 40)}`);
    pos = token.lastIndex;
    if (m[1]) {
      if (current.tag !== m[1]) throw new Error(`Closing </${m[1]}> does not match <${current.tag}>`);
      current = current.parent!;
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of m[3]!.matchAll(/([\w:.-]+)="([^"]*)"/g)) {
        if (a[1]! in attrs) throw new Error(`Duplicate attribute ${a[1]} on <${m[2]}>`);
        attrs[a[1]!] = decode(a[2]!);
      }
      const el: XmlElement = { tag: m[2], attrs, children: [], parent: current };
      current.children.push(el);
      if (!m[4]) current = el;
    } else {
      current.children.push(decode(m[5]!));
    }
  }
  if (current !== root) throw new Error(`Unclosed <${current.tag}>`);
  const svg = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!svg || root.children.length !== 1) throw new Error('Expected exactly one root element');
  svg.parent = undefined;
  return svg;
}

export function all(el: XmlElement, predicate: (e: XmlElement) => boolean): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    if (predicate(e)) out.push(e);
    for (const c of e.children) if (typeof c !== 'string') walk(c);
  };
  walk(el);
  return out;
}

export const byTag = (el: XmlElement, tag: string) => all(el, (e) => e.tag === tag);

export function textOf(el: XmlNode): string {
  return typeof el === 'string' ? el : el.children.map(textOf).join('');
}

/** The visible text of the chart: every <text>, not the <title>/<desc> alternatives. */
export const visibleText = (svg: XmlElement) =>
  byTag(svg, 'text').map((t) => t.children.map((c) => (typeof c !== 'string' && c.tag === 'tspan' ? ` ${textOf(c)}` : textOf(c))).join('').trim()).join('\n');

/** Serialised with one element per line, so file snapshots diff readably. */
export function pretty(xml: string): string {
  return `${xml.replace(/></g, '>\n<')}\n`;
}
