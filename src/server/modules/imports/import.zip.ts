import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';

/**
 * exceljs' streaming reader reads a zip front to back. When a workbook lists its worksheets before
 * workbook.xml and the shared strings (exceljs' own writer sometimes does), it parks the sheets in
 * temp files and, now and then, ends early with rows missing. So the entries it needs are handed to
 * it in a safe order: this reads the zip's central directory (any order, no inflating) and replays
 * the entries' stored bytes — relationships, workbook, shared strings, styles, then the worksheets.
 * Throws on anything that is not a well-formed zip.
 */
type Entry = { name: string; start: number; end: number; method: number; compressed: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

function entries(zip: Buffer): { list: Entry[]; tail: Buffer } {
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('zip: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  const cdStart = zip.readUInt32LE(eocd + 16);
  const list: Entry[] = [];
  for (let p = cdStart, n = 0; n < count; n++) {
    if (zip.readUInt32LE(p) !== CENTRAL) throw new Error('zip: bad central directory');
    const flags = zip.readUInt16LE(p + 8);
    const size = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const skip = nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const start = zip.readUInt32LE(p + 42);
    const name = zip.toString('utf8', p + 46, p + 46 + nameLength);
    if (zip.readUInt32LE(start) !== LOCAL) throw new Error('zip: bad local header');
    let end = start + 30 + zip.readUInt16LE(start + 26) + zip.readUInt16LE(start + 28) + size;
    if (flags & 0x08) end += zip.readUInt32LE(end) === DESCRIPTOR ? 16 : 12; // sizes follow the data
    if (end > cdStart) throw new Error('zip: entry overruns the directory');
    list.push({ name, start, end, method: zip.readUInt16LE(p + 10), compressed: size });
    p += 46 + skip;
  }
  return { list, tail: zip.subarray(cdStart) };
}

const FIRST = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** The parts the reader is given, in the order it needs them. */
function partsOf(list: Entry[]): Entry[] {
  const first = FIRST.flatMap((name) => list.filter((e) => e.name === name));
  const sheets = list
    .filter((e) => SHEET.test(e.name))
    .sort((a, b) => Number(a.name.match(SHEET)?.[1]) - Number(b.name.match(SHEET)?.[1]));
  return [...first, ...sheets];
}

/** The workbook's parts in the order the streaming reader needs; undefined when it has no workbook.xml. */
export function orderedXlsxStream(zip: Buffer): Readable | undefined {
  const { list, tail } = entries(zip);
  if (!list.some((e) => e.name === 'xl/workbook.xml')) return undefined;
  // The central directory ends the stream: the reader stops at its signature.
  return Readable.from([...partsOf(list).map((e) => zip.subarray(e.start, e.end)), tail]);
}

export type InflateLimits = { maxBytes: number; maxCells: number };
export type InflateVerdict = 'ok' | 'tooLarge' | 'tooManyCells';

/**
 * Inflates the parts the reader will read, streaming and throwing the bytes away, and stops as soon as
 * they add up to more than `maxBytes` or the sheets hold more than `maxCells` cells (`<c` elements) —
 * before exceljs builds anything. A 294 KB zip bomb inflating to 201 MB cost 7.4 s and 357 MB (issue 16);
 * the sizes a zip declares are not trusted (a bomb can state any).
 */
export async function inflatedWithin(zip: Buffer, limits: InflateLimits): Promise<InflateVerdict> {
  const { list } = entries(zip);
  let bytes = 0;
  let cells = 0;
  for (const e of partsOf(list)) {
    const dataStart = e.start + 30 + zip.readUInt16LE(e.start + 26) + zip.readUInt16LE(e.start + 28);
    const data = zip.subarray(dataStart, dataStart + e.compressed);
    const sheet = SHEET.test(e.name);
    let carry = '';
    const verdict = await new Promise<InflateVerdict>((resolve, reject) => {
      const count = (chunk: Buffer): InflateVerdict => {
        bytes += chunk.length;
        if (bytes > limits.maxBytes) return 'tooLarge';
        if (sheet) {
          // Cells are `<c ` or `<c>`; the last two characters are kept for a tag split across chunks.
          const text = carry + chunk.toString('latin1');
          cells += text.match(/<c[\s>]/g)?.length ?? 0;
          carry = text.slice(-2);
          if (cells > limits.maxCells) return 'tooManyCells';
        }
        return 'ok';
      };
      if (e.method === 0) return resolve(count(data));
      if (e.method !== 8) return reject(new Error('zip: unknown compression'));
      const inflate = createInflateRaw();
      inflate.on('data', (chunk: Buffer) => {
        const v = count(chunk);
        if (v !== 'ok') {
          inflate.destroy();
          resolve(v);
        }
      });
      inflate.on('end', () => resolve('ok'));
      inflate.on('error', reject);
      inflate.end(data);
    });
    if (verdict !== 'ok') return verdict;
  }
  return 'ok';
}
