import type * as PdfMakeModule from 'pdfmake/build/pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

type PdfMake = typeof PdfMakeModule;

/**
 * Generates a PDF with pdfmake and its bundled Roboto (full Cyrillic, embedded). The library (~1 MB) is
 * loaded on first use only. pdfmake draws QR codes natively (`{ qr: '…' }`).
 */
let loaded: Promise<PdfMake> | null = null;

function loadPdfMake(): Promise<PdfMake> {
  loaded ??= (async () => {
    const [pdfModule, vfsModule] = await Promise.all([
      import('pdfmake/build/pdfmake'),
      import('pdfmake/build/vfs_fonts'),
    ]);
    // The UMD bundles arrive as `default` under Vite.
    const maker = ((pdfModule as unknown as { default?: PdfMake }).default ?? pdfModule) as PdfMake;
    const vfs = ((vfsModule as unknown as { default?: unknown }).default ?? vfsModule) as Parameters<
      PdfMake['addVirtualFileSystem']
    >[0];
    maker.addVirtualFileSystem(vfs);
    return maker;
  })();
  return loaded;
}

export async function renderPdf(doc: TDocumentDefinitions): Promise<Uint8Array> {
  const maker = await loadPdfMake();
  const pdf = maker.createPdf({
    ...doc,
    info: { creator: 'ПрофПроба', producer: 'ПрофПроба', ...doc.info },
    defaultStyle: { font: 'Roboto', fontSize: 10, ...doc.defaultStyle },
  });
  const buffer = await pdf.getBuffer();
  return new Uint8Array(buffer);
}
