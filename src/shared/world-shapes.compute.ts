import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { alpha2Of } from './iso-numeric.js';

/**
 * How the world's countries become SVG paths (Equal Earth: areas are true, so large countries do not look more
 * important than they are). Run once, at development time, by `npm run world-shapes`, which writes
 * world-shapes.data.json; the web app and the portal read that file (world-shapes.ts). Projecting in the
 * browser cost the executive dashboard ~1 s of main thread at 4× CPU (fitWidth and 176 paths), every load.
 * tests/unit/world-shapes.test.ts checks that the file is what this computes.
 */
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const ANTARCTICA = '010'; // a fifth of the height and no partners
const countries = feature(topology, topology.objects.countries).features.filter((f) => f.id !== ANTARCTICA);
const collection = { type: 'FeatureCollection' as const, features: countries };

const WIDTH = 960;

export type Shape = { key: string; country: string | null; d: string };
export type WorldShapesData = {
  viewBox: string;
  /** The fitted projection's scale and translation: the browser projects a point without fitting again. */
  scale: number;
  translate: [number, number];
  shapes: Shape[];
};

export function computeWorldShapes(): WorldShapesData {
  const projection = geoEqualEarth().fitWidth(WIDTH, collection);
  // One decimal of a 960-wide box is a tenth of a pixel: the file is 40 % smaller than d3's default three.
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(collection);
  const [tx, ty] = projection.translate();
  return {
    viewBox: `0 ${Math.floor(top)} ${WIDTH} ${Math.ceil(bottom - top)}`,
    scale: projection.scale(),
    translate: [tx, ty],
    shapes: countries.map((f) => ({
      key: String(f.id ?? f.properties.name),
      country: alpha2Of(f) ?? null,
      d: path(f) ?? '',
    })),
  };
}
