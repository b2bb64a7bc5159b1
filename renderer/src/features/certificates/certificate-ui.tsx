import { useRef, useState } from 'react';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Certificate, CertificateStatus } from '@shared/domain';
import { DOCUMENT_NAMES, documentFileName } from '@shared/export/file-name';
import { ruCollator } from '@shared/text/collation';
import { isCancelled, RuleError } from '@shared/errors';
import { printSettings } from '../../db/queries/certificates';
import { platform } from '../../platform';
import { enumLabel, errorMessage, notifyError, ProgressDialog, type ProgressState } from '../../ui';
import { makeCertificatesPdf } from './certificate-pdf-job';

const STATUS_COLORS: Record<CertificateStatus, string> = {
  issued: 'teal',
  cancelled: 'red',
  reissued: 'gray',
};

export function CertificateStatusBadge({ status }: { status: CertificateStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]} radius="sm">
      {enumLabel('certificateStatus', status)}
    </Badge>
  );
}

/** «Сертификат ИМП-2026-0001.pdf», or the first and last number of a batch (a document's name: Russian). */
export function pdfFileName(certificates: readonly Certificate[]): string {
  const numbers = certificates.map((c) => c.number).sort((a, b) => ruCollator.compare(a, b));
  if (numbers.length === 1) return documentFileName(`${DOCUMENT_NAMES.certificate} ${numbers[0]}`, 'pdf');
  return documentFileName(
    `${DOCUMENT_NAMES.certificates} ${numbers[0]} — ${numbers[numbers.length - 1]}`,
    'pdf',
  );
}

/**
 * Makes the PDF of one certificate or a batch, with the progress dialog (pages done, «Прервать»), and saves it
 * (`download`) or prints it (`print`: the platform's print path — the desktop app's print dialog, the browser's
 * print of the PDF in a hidden frame). Render `dialog` somewhere on the page.
 */
export function usePdfDownload() {
  const { t } = useTranslation('certificates');
  const [state, setState] = useState<ProgressState | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function download(certificates: readonly Certificate[]): Promise<void> {
    return make(certificates, (ordered, bytes) =>
      platform
        .saveFile({
          suggestedName: pdfFileName(ordered),
          data: bytes,
          mimeType: 'application/pdf',
          filters: [{ name: 'PDF', extensions: ['pdf'] }],
        })
        .then(() => undefined),
    );
  }

  async function print(certificates: readonly Certificate[]): Promise<void> {
    return make(certificates, (ordered, bytes) =>
      platform.printPdf(bytes, pdfFileName(ordered).replace(/\.pdf$/, '')),
    );
  }

  async function make(
    certificates: readonly Certificate[],
    deliver: (ordered: Certificate[], bytes: Uint8Array) => Promise<void>,
  ): Promise<void> {
    if (certificates.length === 0) return;
    const ordered = [...certificates].sort((a, b) => a.seq - b.seq || ruCollator.compare(a.number, b.number));
    const controller = new AbortController();
    abort.current = controller;
    setState({ label: t('pdf.progress'), done: 0, total: ordered.length });
    try {
      const { venue, design } = await printSettings();
      if (!venue) throw new RuleError('certificates.venueMissing');
      const bytes = await makeCertificatesPdf(
        { certificates: ordered, venue, design },
        (done) => setState((s) => (s ? { ...s, done } : s)),
        controller.signal,
      );
      setState(null);
      await deliver(ordered, bytes);
    } catch (error) {
      setState(null);
      if (!isCancelled(error)) notifyError(errorMessage(error), t('pdf.failed'));
    } finally {
      abort.current = null;
    }
  }

  const dialog = (
    <ProgressDialog state={state} title={t('pdf.title')} onCancel={() => abort.current?.abort()} />
  );
  return { download, print, dialog, busy: state !== null };
}
