import { Button } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDueByGroup } from './use-certificates';

/**
 * «57 ждут сертификата» → the issue page, for a page that counts them itself (`dueByGroup`): «Главная» counts
 * them in its worker, since the count reads every group's sessions, marks, enrolments and certificates.
 */
export function CertificatesDueButton({ total }: { total: number }) {
  const { t } = useTranslation('certificates');
  if (total === 0) return null;
  return (
    <Button
      component={Link}
      to="/certificates/issue"
      variant="light"
      color="teal"
      leftSection={<IconCertificate size={16} />}
      w="fit-content"
    >
      {t('issue.waiting', { count: total })}
    </Button>
  );
}

/** The same link, counting on this page: shown while anyone has a certificate due. */
export function CertificatesDueLink() {
  const due = useDueByGroup();
  const total = due ? [...due.values()].reduce((a, b) => a + b, 0) : 0;
  return <CertificatesDueButton total={total} />;
}
