/**
 * What other features, `app/` and the bench may use from «Сертификаты». Anything else in this folder is the
 * section's own.
 */

/** The design settings page, loaded only when opened (Настройки hosts it as a tab): `lazy(loadCertificateDesignSettings)`. */
export const loadCertificateDesignSettings = () => import('./design-settings');

/** Makes the PDF of a batch of certificates in a worker, with progress and cancellation (the bench measures it). */
export { makeCertificatesPdf, type PdfJob } from './certificate-pdf-job';

/** The document definition of a batch (one A4 page per certificate): the bench's B3 floor renders it with pdfmake directly. */
export { buildCertificatesDoc } from './certificate-pdf';

export { CertificateStatusBadge } from './certificate-ui';

/** «N ждут сертификата», a link to issuing, for «Главная» (the button alone where the page counts them). */
export { CertificatesDueButton, CertificatesDueLink } from './due-link';
