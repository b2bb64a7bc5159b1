import type { CertificateDesign } from '@shared/certificates';
import {
  Cancelled,
  describeError,
  deserializeError,
  isCancelled,
  isRuleError,
  RuleError,
  type SerializedError,
} from '@shared/errors';
import { renderPdf } from '../../lib/pdf';
import { buildCertificatesDoc, type PrintableCertificate, type PrintableVenue } from './certificate-pdf';

export interface PdfJob {
  certificates: PrintableCertificate[];
  venue: PrintableVenue;
  design: CertificateDesign;
}

export type PdfWorkerMessage =
  | { type: 'progress'; done: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; error: SerializedError };

/** A failure that crossed from the worker: a rule or a cancellation stays itself, anything else says the PDF failed. */
function workerFailure(serialized: SerializedError): Error {
  const error = deserializeError(serialized);
  if (isRuleError(error) || isCancelled(error)) return error;
  return new RuleError('certificates.pdfFailed', { detail: describeError(error) });
}

/** Only the fields a page prints cross to the worker (plain data, structured-clone safe). */
function plainJob(job: PdfJob): PdfJob {
  return {
    certificates: job.certificates.map((c) => ({
      number: c.number,
      issuedOn: c.issuedOn,
      verificationCode: c.verificationCode,
      snapshot: { ...c.snapshot },
    })),
    venue: {
      fullName: job.venue.fullName,
      shortName: job.venue.shortName,
      town: job.venue.town,
      directorName: job.venue.directorName,
      directorPosition: job.venue.directorPosition,
      logoDataUrl: job.venue.logoDataUrl,
      signatureDataUrl: job.venue.signatureDataUrl,
    },
    design: { template: job.design.template, lines: { ...job.design.lines } },
  };
}

/**
 * Makes the batch PDF in a Web Worker, reporting pages done; cancelling stops the worker. Where a worker cannot
 * start, the PDF is made on the main thread after letting the progress dialog paint.
 */
export function makeCertificatesPdf(
  job: PdfJob,
  onProgress: (done: number) => void,
  signal?: AbortSignal,
): Promise<Uint8Array> {
  const data = plainJob(job);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./certificate-pdf.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      void onMainThread(data, onProgress).then(resolve, reject);
      return;
    }
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(new Cancelled());
    };
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<PdfWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.done);
      else if (message.type === 'done') {
        finish();
        onProgress(data.certificates.length);
        resolve(message.bytes);
      } else {
        finish();
        reject(workerFailure(message.error));
      }
    };
    worker.onerror = () => {
      // The worker script itself failed to load: fall back to the main thread.
      finish();
      void onMainThread(data, onProgress).then(resolve, reject);
    };
    worker.postMessage(data);
  });
}

async function onMainThread(job: PdfJob, onProgress: (done: number) => void): Promise<Uint8Array> {
  await new Promise((r) => setTimeout(r, 0));
  const bytes = await renderPdf(buildCertificatesDoc(job.certificates, job.venue, job.design));
  onProgress(job.certificates.length);
  return bytes;
}
