import { describe, expect, it } from 'vitest';
import { computeWorldShapes } from '#shared/world-shapes.compute.js';
import data from '#shared/world-shapes.data.json';
import { project, SHAPED, SHAPES, VIEW_BOX } from '#shared/world-shapes.js';

/** The map's paths are projected ahead of time (npm run world-shapes): the file must be what the code computes. */
describe('world shapes', () => {
  it('the committed file is what world-shapes.compute.ts makes (run `npm run world-shapes` after changing it)', () => {
    expect(data).toEqual(JSON.parse(JSON.stringify(computeWorldShapes())));
  });

  it('projects a point as the fitted projection does, and names the countries it draws', () => {
    const world = computeWorldShapes();
    expect(VIEW_BOX).toBe(world.viewBox);
    expect(SHAPES.length).toBe(world.shapes.length);
    expect(SHAPED.has('TW')).toBe(true);
    expect(SHAPED.has('HK')).toBe(false); // too small at 1:110m: a dot on the map instead
    // Taipei falls inside the view box, east of the middle and north of the equator's line.
    const [x, y] = project([121.56, 25.04]) ?? [Number.NaN, Number.NaN];
    const [, top, width, height] = VIEW_BOX.split(' ').map(Number) as [number, number, number, number];
    expect(x).toBeGreaterThan(width / 2);
    expect(x).toBeLessThan(width);
    expect(y).toBeGreaterThan(top);
    expect(y).toBeLessThan(top + height);
    expect(y).toBeLessThan(project([121.56, 0])?.[1] ?? 0);
  });
});
