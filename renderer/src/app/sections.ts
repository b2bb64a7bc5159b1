import {
  IconCalendarEvent,
  IconCertificate,
  IconChecklist,
  IconFileSpreadsheet,
  IconHome,
  IconSchool,
  IconSettings,
  IconUsers,
  type Icon,
} from '@tabler/icons-react';

export interface Section {
  path: string;
  /** i18n key in the `common` namespace. */
  labelKey: string;
  icon: Icon;
}

/** The eight sections of the spec, in its order. */
export const SECTIONS: readonly Section[] = [
  { path: '/', labelKey: 'nav.home', icon: IconHome },
  { path: '/programs', labelKey: 'nav.programs', icon: IconSchool },
  { path: '/schedule', labelKey: 'nav.schedule', icon: IconCalendarEvent },
  { path: '/participants', labelKey: 'nav.participants', icon: IconUsers },
  { path: '/attendance', labelKey: 'nav.attendance', icon: IconChecklist },
  { path: '/certificates', labelKey: 'nav.certificates', icon: IconCertificate },
  { path: '/reports', labelKey: 'nav.reports', icon: IconFileSpreadsheet },
  { path: '/settings', labelKey: 'nav.settings', icon: IconSettings },
];
