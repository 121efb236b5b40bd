// Every URL a built page refers to, with what kind of reference it is (navigation or a loaded resource).
import { parseTags, type Tag } from './html.ts';

export interface Reference {
  tag: Tag;
  attr: string;
  url: string;
  /** Loaded by the browser when the page opens (scripts, styles, images, frames), not just a link. */
  loads: boolean;
}

const metaUrlProperties = new Set(['og:url', 'og:image', 'og:image:secure_url', 'twitter:image']);

function srcsetUrls(value: string): string[] {
  return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

export function referencesIn(tags: Tag[]): Reference[] {
  const refs: Reference[] = [];
  const add = (tag: Tag, attr: string, loads: boolean) => {
    const value = tag.attrs.get(attr);
    if (value === undefined) return;
    const urls = attr === 'srcset' ? srcsetUrls(value) : [value.trim()];
    for (const url of urls) refs.push({ tag, attr, url, loads });
  };
  for (const tag of tags) {
    switch (tag.name) {
      case 'a':
      case 'area':
        add(tag, 'href', false);
        add(tag, 'xlink:href', false);
        break;
      case 'link': {
        // Alternates, canonical and feeds are links; stylesheets, icons and preloads are fetched.
        const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
        const navigational = rel.some((r) => ['alternate', 'canonical', 'author', 'license', 'help', 'search', 'prev', 'next'].includes(r));
        add(tag, 'href', !navigational);
        break;
      }
      case 'use':
      case 'image':
        add(tag, 'href', true);
        add(tag, 'xlink:href', true);
        break;
      case 'img':
      case 'source':
        add(tag, 'src', true);
        add(tag, 'srcset', true);
        break;
      case 'script':
      case 'iframe':
      case 'audio':
      case 'video':
      case 'track':
      case 'embed':
      case 'input':
        add(tag, 'src', true);
        add(tag, 'poster', true);
        break;
      case 'object':
        add(tag, 'data', true);
        break;
      case 'form':
        add(tag, 'action', false);
        break;
      case 'meta': {
        const property = tag.attrs.get('property') ?? tag.attrs.get('name') ?? '';
        if (metaUrlProperties.has(property)) add(tag, 'content', false);
        break;
      }
    }
  }
  return refs;
}

export function referencesOf(html: string): Reference[] {
  return referencesIn(parseTags(html));
}
