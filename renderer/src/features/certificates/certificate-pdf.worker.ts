/// <reference lib="webworker" />
import { serializeError } from '@shared/errors';
import { renderPdf } from '../../lib/pdf';
import { buildCertificatesDoc } from './certificate-pdf';
import type { PdfJob, PdfWorkerMessage } from './certificate-pdf-job';

/**
 * Builds a batch PDF off the main thread, so a few hundred pages never freeze the window. pdfmake's module is a
 * singleton: the progress callback set here is the one renderPdf's createPdf picks up.
 */
type ProgressHook = { setProgressCallback?: (callback: ((fraction: number) => void) | undefined) => void };

const scope = self as unknown as DedicatedWorkerGlobalScope;

function post(message: PdfWorkerMessage, transfer: Transferable[] = []) {
  scope.postMessage(message, transfer);
}

scope.onmessage = async (event: MessageEvent<PdfJob>) => {
  const { certificates, venue, design } = event.data;
  try {
    const module = (await import('pdfmake/build/pdfmake')) as unknown as {
      default?: ProgressHook;
    } & ProgressHook;
    const maker = module.default ?? module;
    let last = 0;
    maker.setProgressCallback?.((fraction) => {
      const done = Math.floor(fraction * certificates.length);
      if (done !== last) {
        last = done;
        post({ type: 'progress', done });
      }
    });
    const bytes = await renderPdf(buildCertificatesDoc(certificates, venue, design));
    maker.setProgressCallback?.(undefined);
    post({ type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    post({ type: 'error', error: serializeError(error) });
  }
};
