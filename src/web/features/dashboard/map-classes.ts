/** Sequential blues (ColorBrewer), light to dark; all darker than the "none" grey of the land. */
export const CLASS_COLORS = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const NONE_COLOR = '#e9ecef';
const MAX_CLASSES = CLASS_COLORS.length;

export type MapClass = { from: number; to: number; color: string };

/**
 * Up to five classes for counts 1…max, with bounds growing geometrically (max^(i/5)): a few countries
 * hold most partners (Japan 54, then a long tail of 1–3), so equal steps would put nearly every country
 * in the lightest class. With a small max the classes are single values and fewer than five.
 */
export function classesFor(max: number): MapClass[] {
  const bounds: [number, number][] = [];
  let from = 1;
  for (let i = 1; i <= MAX_CLASSES && from <= max; i++) {
    const to = i === MAX_CLASSES ? max : Math.min(max, Math.max(from, Math.round(max ** (i / MAX_CLASSES))));
    bounds.push([from, to]);
    from = to + 1;
  }
  // Spread the colours over the whole ramp when there are fewer classes, so the top class is always darkest.
  const step = bounds.length > 1 ? (MAX_CLASSES - 1) / (bounds.length - 1) : 0;
  return bounds.map(([lo, hi], i) => ({
    from: lo,
    to: hi,
    color: CLASS_COLORS[bounds.length > 1 ? Math.round(i * step) : MAX_CLASSES - 1] as string,
  }));
}

export function colorOf(value: number, classes: MapClass[]): string {
  return classes.find((c) => value >= c.from && value <= c.to)?.color ?? NONE_COLOR;
}
