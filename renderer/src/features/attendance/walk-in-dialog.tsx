import { useState } from 'react';
import { Alert, Modal, SegmentedControl, Stack, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type Participant, type School } from '@shared/domain';
import { schoolLabel } from '@shared/participants/build';
import type { SessionContext } from '../../db/queries/attendance';
import { enumLabel } from '../../ui';
import { useWalkInSchools } from './use-attendance';
import { WalkInNew } from './walk-in-new';
import { WalkInSearch } from './walk-in-search';

/** What the two tabs share: the session, the mark to set, who is in the group already, how to describe a person. */
export interface WalkInContext {
  ctx: SessionContext;
  status: AttendanceStatus;
  enrolled: ReadonlySet<string>;
  schools: School[];
  describe: (p: Participant) => string;
  onClose: () => void;
}

/** Add a participant who came without being enrolled: find them, or make a quick record; enrolled and marked at once. */
export function WalkInDialog({ ctx, onClose }: { ctx: SessionContext; onClose: () => void }) {
  const { t } = useTranslation('attendance');
  const [tab, setTab] = useState<string | null>('search');
  const [status, setStatus] = useState<AttendanceStatus>('present');
  const schools = useWalkInSchools() ?? [];
  const describe = (p: Participant) => {
    const school = schools.find((x) => x.id === p.schoolId);
    return [
      school ? schoolLabel(school) : '',
      p.grade === null ? '' : `${p.grade}${p.classLetter}`,
      p.platformId ? `ID ${p.platformId}` : '',
    ]
      .filter(Boolean)
      .join(', ');
  };
  const walkIn: WalkInContext = {
    ctx,
    status,
    enrolled: new Set(ctx.participants.map((p) => p.id)),
    schools,
    describe,
    onClose,
  };
  const full = ctx.capacity > 0 && ctx.participants.length >= ctx.capacity;

  return (
    <Modal opened onClose={onClose} title={t('walkIn.title')} size="lg" centered>
      <Stack gap="sm">
        <Stack gap={4}>
          <Text size="sm" fw={500} id="walk-in-mark">
            {t('walkIn.mark')}
          </Text>
          <SegmentedControl
            aria-labelledby="walk-in-mark"
            value={status}
            onChange={(v) => setStatus(v as AttendanceStatus)}
            data={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: enumLabel('attendanceStatus', s) }))}
          />
        </Stack>
        {full && (
          <Alert color="yellow">
            {t('walkIn.overCapacity', { enrolled: ctx.participants.length, capacity: ctx.capacity })}
          </Alert>
        )}
        <Tabs value={tab} onChange={setTab}>
          <Tabs.List mb="sm">
            <Tabs.Tab value="search">{t('walkIn.tabSearch')}</Tabs.Tab>
            <Tabs.Tab value="new">{t('walkIn.tabNew')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="search">
            <WalkInSearch walkIn={walkIn} />
          </Tabs.Panel>
          <Tabs.Panel value="new">
            <WalkInNew walkIn={walkIn} />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Modal>
  );
}
