/**
 * Countries and territories too small for world-atlas's 1:110m shapes (Hong Kong, Macau, Singapore…):
 * the map marks them with a dot at this [longitude, latitude] when they have partners.
 */
// biome-ignore format: compact lookup table
export const SMALL_PLACES: Readonly<Record<string, [number, number]>> = {
  HK: [114.17, 22.32], MO: [113.54, 22.19], SG: [103.82, 1.35], BH: [50.56, 26.07], MV: [73.51, 4.18],
  MT: [14.45, 35.9], AD: [1.52, 42.51], MC: [7.42, 43.74], LI: [9.55, 47.16], SM: [12.46, 43.94],
  VA: [12.45, 41.9], MU: [57.55, -20.35], SC: [55.49, -4.68], KM: [43.87, -11.88], ST: [6.61, 0.19],
  CV: [-23.6, 15.1], BB: [-59.54, 13.19], AG: [-61.8, 17.06], DM: [-61.37, 15.41], GD: [-61.68, 12.12],
  KN: [-62.78, 17.36], LC: [-60.98, 13.91], VC: [-61.2, 13.25], AW: [-69.97, 12.52], CW: [-68.99, 12.17],
  BM: [-64.75, 32.3], GU: [144.79, 13.44], PW: [134.58, 7.51], FM: [158.2, 6.92], MH: [171.18, 7.13],
  NR: [166.93, -0.52], KI: [173.0, 1.42], TV: [179.19, -8.52], TO: [-175.2, -21.18], WS: [-172.1, -13.76],
  PF: [-149.4, -17.65],
};
