import { Button } from '@mantine/core';
import { IconCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDueByGroup } from './use-certificates';

/** «57 ждут сертификата» → the issue page: shown on «Главная» while anyone has a certificate due. */
export function CertificatesDueLink() {
  const { t } = useTranslation('certificates');
  const due = useDueByGroup();
  const total = due ? [...due.values()].reduce((a, b) => a + b, 0) : 0;
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
