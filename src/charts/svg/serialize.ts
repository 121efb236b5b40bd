// One serializer for every chart: deterministic attribute order (as written), escaped text and attributes.
import { isText, round, type SvgNode } from './node.ts';

const textEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const attrEscapes: Record<string, string> = { ...textEscapes, '"': '&quot;' };

export const escapeText = (s: string) => s.replace(/[&<>]/g, (c) => textEscapes[c]!);
export const escapeAttr = (s: string) => s.replace(/[&<>"]/g, (c) => attrEscapes[c]!);

const attrName = /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/;
const tagName = /^[a-zA-Z][a-zA-Z0-9]*$/;

export function serialize(node: SvgNode): string {
  if (isText(node)) return escapeText(node.text);
  if (!tagName.test(node.tag)) throw new Error(`Invalid SVG tag name: ${node.tag}`);
  let out = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs)) {
    if (value === undefined) continue;
    if (!attrName.test(name)) throw new Error(`Invalid SVG attribute name: ${name}`);
    const v = typeof value === 'number' ? String(round(value)) : value;
    out += ` ${name}="${escapeAttr(v)}"`;
  }
  if (node.children.length === 0) return `${out}/>`;
  return `${out}>${node.children.map(serialize).join('')}</${node.tag}>`;
}
