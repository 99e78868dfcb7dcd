import { SHAPES, VIEW_BOX } from '#shared/world-shapes.js';
import { type Html, html, trusted } from './portal-html.js';

/**
 * The partner map, drawn on the server from the dashboard's shapes (world-atlas + d3-geo, src/shared/world-shapes.ts)
 * with coordinates rounded to whole pixels of the 960-wide box: half the bytes, no visible difference.
 * A country with public partners is a link to the search filtered by it.
 */
const ROUNDED = SHAPES.map((s) => ({
  country: s.country,
  d: s.d.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n)))),
}));

export function partnerMap(
  counts: Map<string, number>,
  label: string,
  hrefOf: (country: string) => string,
  nameOf: (country: string) => string,
): Html {
  const paths = ROUNDED.map((s) => {
    const n = s.country ? counts.get(s.country) : undefined;
    if (!s.country || !n) return trusted(`<path d="${s.d}"/>`);
    return html`<a href="${hrefOf(s.country)}"><title>${nameOf(s.country)} (${n})</title>${trusted(`<path d="${s.d}"/>`)}</a>`;
  });
  return html`<figure class="map"><svg viewBox="${VIEW_BOX}" role="group" aria-label="${label}">${paths}</svg></figure>`;
}
