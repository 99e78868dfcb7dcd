import { geoEqualEarth } from 'd3-geo';
import type { Shape, WorldShapesData } from './world-shapes.compute.js';
import data from './world-shapes.data.json';

/**
 * The world's countries as SVG paths, projected ahead of time (world-shapes.compute.ts, `npm run world-shapes`)
 * and bundled with the lazy map chunks: no tile server, no request but our own API, no projection work in the
 * browser. The public portal draws the same paths into its server-rendered map (modules/portal/portal-map.ts).
 */
const world = data as WorldShapesData;

export type { Shape };

/** The SVG viewBox: the width the paths were fitted to, the height they came out at. */
export const VIEW_BOX = world.viewBox;

export const SHAPES: Shape[] = world.shapes;

/** Countries that have a shape on this map. */
export const SHAPED = new Set(SHAPES.map((s) => s.country).filter(Boolean));

const projection = geoEqualEarth().scale(world.scale).translate(world.translate);

/** Where a [longitude, latitude] falls on the map. */
export const project = (lonLat: [number, number]) => projection(lonLat);
