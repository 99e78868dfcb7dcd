import { createRequire } from 'node:module';
import path from 'node:path';
import { fonts as notoSansTc } from '@embedpdf/fonts-tc';

/**
 * The fonts every server-made PDF uses: Noto Sans TC (Traditional Chinese, with Latin) from
 * `@embedpdf/fonts-tc`, regular and bold. The package lists its files by weight (`fonts`); the OTF
 * files sit in its `fonts/` folder. pdfmake embeds only the glyphs a document uses (subset), so a
 * letter stays small.
 */
export const FONT_FAMILY = 'NotoSansTC';

const require = createRequire(import.meta.url);
const packageDir = path.join(path.dirname(require.resolve('@embedpdf/fonts-tc')), '..');

function fileOfWeight(weight: number): string {
  const entry = (notoSansTc as { file: string; weight: number }[]).find((f) => f.weight === weight);
  if (!entry) throw new Error(`@embedpdf/fonts-tc has no weight ${weight}`);
  return path.join(packageDir, 'fonts', entry.file);
}

const regular = fileOfWeight(400);
const bold = fileOfWeight(700);

/** pdfmake's font dictionary (no italics in this family: italic text falls back to upright). */
export const PDF_FONTS = {
  [FONT_FAMILY]: { normal: regular, bold, italics: regular, bolditalics: bold },
};

/** The only local files a PDF may read: these fonts (never a path from a document definition). */
export const FONT_FILES: ReadonlySet<string> = new Set([regular, bold]);
