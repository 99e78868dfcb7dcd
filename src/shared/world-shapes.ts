import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { alpha2Of } from './iso-numeric.js';

/**
 * The world's countries as SVG paths, projected once when the map's chunk loads (Equal Earth: areas
 * are true, so large countries do not look more important than they are). Bundled with the lazy /map
 * chunk: no tile server and no request but our own API. The public portal draws the same paths into its
 * server-rendered partner map (src/server/modules/portal/portal-map.ts).
 */
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const ANTARCTICA = '010'; // a fifth of the height and no partners
const countries = feature(topology, topology.objects.countries).features.filter((f) => f.id !== ANTARCTICA);
const collection = { type: 'FeatureCollection' as const, features: countries };

const WIDTH = 960;
const projection = geoEqualEarth().fitWidth(WIDTH, collection);
const path = geoPath(projection);
const [[, top], [, bottom]] = path.bounds(collection);

/** The SVG viewBox: the width the paths were fitted to, the height they came out at. */
export const VIEW_BOX = `0 ${Math.floor(top)} ${WIDTH} ${Math.ceil(bottom - top)}`;

export type Shape = { key: string; country: string | undefined; d: string };

export const SHAPES: Shape[] = countries.map((f) => ({
  key: String(f.id ?? f.properties.name),
  country: alpha2Of(f),
  d: path(f) ?? '',
}));

/** Countries that have a shape on this map. */
export const SHAPED = new Set(SHAPES.map((s) => s.country).filter(Boolean));

/** Where a [longitude, latitude] falls on the map. */
export const project = (lonLat: [number, number]) => projection(lonLat);
