/**
 * The portal's HTML, written on the server (docs/decisions/0026): a tagged template that escapes every
 * interpolated value unless it is already Html, so text staff typed can never become markup.
 */
export class Html {
  constructor(readonly value: string) {}
  toString() {
    return this.value;
  }
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Markup the server produced itself (the map's paths), never user text. */
export const trusted = (s: string) => new Html(s);

/** Plain text staff wrote → paragraphs (blank lines) and line breaks, escaped. */
export function paragraphs(text: string | null | undefined): Html {
  if (!text?.trim()) return new Html('');
  return html`${text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => html`<p>${p.split('\n').map((line, i) => (i ? html`<br>${line}` : line))}</p>`)}`;
}

/** The first sentence-ish of a text, for meta descriptions and list teasers. */
export function teaser(text: string | null | undefined, max = 150): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
