import { useState } from 'react';
import { Button } from '@mantine/core';
import { IconBan, IconDownload, IconPrinter, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import type { CertificateView } from '../../db/queries/certificates';
import { reissueCertificate } from '../../db/repos/certificate-repo';
import { confirmDanger, notifySaved, PageHeader, RecordPage, useAction } from '../../ui';
import { CancelDialog } from './cancel-dialog';
import { CertificateDetails } from './certificate-details';
import { usePdfDownload } from './certificate-ui';
import { useCertificateView } from './use-certificates';

export function CertificatePage() {
  const { t } = useTranslation('certificates');
  const { id = '' } = useParams();
  const view = useCertificateView(id);
  return (
    <RecordPage
      record={view}
      notFoundTitle={t('details.notFound')}
      breadcrumbs={[{ label: t('title'), to: '/certificates' }]}
    >
      {(found) => <CertificateScreen view={found} />}
    </RecordPage>
  );
}

function CertificateScreen({ view }: { view: CertificateView }) {
  const { t } = useTranslation('certificates');
  const navigate = useNavigate();
  const [cancelOpen, setCancelOpen] = useState(false);
  const pdf = usePdfDownload();
  const action = useAction();
  const c = view.certificate;

  async function reissue() {
    const ok = await confirmDanger({
      title: t('reissue.title', { number: c.number }),
      message: c.status === 'cancelled' ? t('reissue.textCancelled') : t('reissue.text'),
      confirmLabel: t('reissue.confirm'),
      danger: false,
    });
    if (!ok) return;
    const replacement = await action.run(() => reissueCertificate(c.id));
    if (!replacement) return;
    notifySaved(t('reissue.done', { number: replacement.number }));
    navigate(`/certificates/${replacement.id}`);
  }

  return (
    <>
      <PageHeader
        title={t('details.title', { number: c.number })}
        breadcrumbs={[{ label: t('title'), to: '/certificates' }, { label: `№ ${c.number}` }]}
        actions={
          <>
            {c.status === 'issued' && (
              <Button
                color="red"
                variant="light"
                leftSection={<IconBan size={16} />}
                onClick={() => setCancelOpen(true)}
              >
                {t('actions.cancel')}
              </Button>
            )}
            {!c.replacedById && c.status !== 'reissued' && (
              <Button
                variant="default"
                leftSection={<IconRefresh size={16} />}
                onClick={() => void reissue()}
                loading={action.busy}
              >
                {t('actions.reissue')}
              </Button>
            )}
            <Button
              leftSection={<IconDownload size={16} />}
              onClick={() => void pdf.download([c])}
              loading={pdf.busy}
            >
              {t('actions.downloadPdf')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPrinter size={16} />}
              onClick={() => void pdf.print([c])}
              loading={pdf.busy}
            >
              {t('actions.print')}
            </Button>
          </>
        }
      />
      <CertificateDetails view={view} />
      <CancelDialog certificate={c} opened={cancelOpen} onClose={() => setCancelOpen(false)} />
      {pdf.dialog}
    </>
  );
}
