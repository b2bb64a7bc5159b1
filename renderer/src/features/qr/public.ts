/**
 * What other features may use of the QR attendance feature (docs/qr-attendance.md): the scanner panel of a
 * session, the badges and the QR codes of the attendance sheet's rows.
 */
export { ScanPanel, type ScanPanelProps } from './scan-panel';
export { BadgesButton } from './badges-button';
export { saveBadges, pupilTokens } from './badges-export';
