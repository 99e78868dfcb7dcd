// npm run world-shapes: writes src/shared/world-shapes.data.json from world-atlas (see world-shapes.compute.ts).
import fs from 'node:fs';
import { computeWorldShapes } from '#shared/world-shapes.compute.js';

const file = new URL('../src/shared/world-shapes.data.json', import.meta.url);
fs.writeFileSync(file, `${JSON.stringify(computeWorldShapes())}\n`);
console.log(`wrote ${file.pathname} (${fs.statSync(file).size} bytes)`);
