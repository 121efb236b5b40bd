// An Atom 1.0 feed (RFC 4287) as text: pure, so it can be tested without Astro.

export interface AtomEntry {
  /** A permanent, unique IRI for the entry (never the build time). */
  id: string;
  title: string;
  /** Absolute URL of the page the entry is about. */
  link: string;
  /** YYYY-MM-DD */
  updated: string;
  summary: string;
  category?: string;
  /** Who wrote what the entry is about, when not the feed's own author. */
  author?: string;
}

export interface AtomFeed {
  id: string;
  lang: string;
  title: string;
  subtitle: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the site's home in this language. */
  home: string;
  /** Absolute URL of the same feed in the other language. */
  alternate?: { lang: string; href: string };
  author: string;
  entries: AtomEntry[];
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Dates only are known, so times are midnight UTC: the feed is the same on every build. */
const timestamp = (date: string) => `${date}T00:00:00Z`;

export function atomXml(feed: AtomFeed): string {
  const updated = feed.entries.map((e) => e.updated).sort().at(-1) ?? '1970-01-01';
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  <id>${escapeXml(feed.id)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.home)}"/>`,
    ...(feed.alternate
      ? [`  <link rel="alternate" type="application/atom+xml" hreflang="${escapeXml(feed.alternate.lang)}" href="${escapeXml(feed.alternate.href)}"/>`]
      : []),
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
  ];
  for (const e of feed.entries) {
    lines.push(
      '  <entry>',
      `    <id>${escapeXml(e.id)}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
      `    <updated>${timestamp(e.updated)}</updated>`,
      ...(e.author ? [`    <author><name>${escapeXml(e.author)}</name></author>`] : []),
      ...(e.category ? [`    <category term="${escapeXml(e.category)}"/>`] : []),
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
