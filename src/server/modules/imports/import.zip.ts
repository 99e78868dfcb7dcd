import { Readable } from 'node:stream';

/**
 * exceljs' streaming reader reads a zip front to back. When a workbook lists its worksheets before
 * workbook.xml and the shared strings (exceljs' own writer sometimes does), it parks the sheets in
 * temp files and, now and then, ends early with rows missing. So the entries it needs are handed to
 * it in a safe order: this reads the zip's central directory (any order, no inflating) and replays
 * the entries' stored bytes — relationships, workbook, shared strings, styles, then the worksheets.
 * Throws on anything that is not a well-formed zip.
 */
type Entry = { name: string; start: number; end: number };

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
    list.push({ name, start, end });
    p += 46 + skip;
  }
  return { list, tail: zip.subarray(cdStart) };
}

const FIRST = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** The workbook's parts in the order the streaming reader needs; undefined when it has no workbook.xml. */
export function orderedXlsxStream(zip: Buffer): Readable | undefined {
  const { list, tail } = entries(zip);
  if (!list.some((e) => e.name === 'xl/workbook.xml')) return undefined;
  const first = FIRST.flatMap((name) => list.filter((e) => e.name === name));
  const sheets = list
    .filter((e) => SHEET.test(e.name))
    .sort((a, b) => Number(a.name.match(SHEET)?.[1]) - Number(b.name.match(SHEET)?.[1]));
  // The central directory ends the stream: the reader stops at its signature.
  return Readable.from([...[...first, ...sheets].map((e) => zip.subarray(e.start, e.end)), tail]);
}
