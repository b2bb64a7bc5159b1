import { useState, type ChangeEvent, type FormEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Tabs,
  Text,
  TextInput,
} from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type Participant } from '@shared/domain';
import { joinFio } from '@shared/text/fio';
import {
  addWalkIn,
  findSameFio,
  listSchoolsForWalkIn,
  searchParticipants,
  validateWalkIn,
  type NewWalkIn,
  type SessionContext,
  type WalkIn,
} from '../../db/repos/attendance-repo';
import { errorMessage, notifyError, notifySaved } from '../../ui';

const GRADES = ['6', '7', '8', '9', '10', '11'];
const EMPTY: NewWalkIn = { lastName: '', firstName: '', middleName: '', schoolId: null, grade: null };

/** Add a participant who came without being enrolled: find them, or make a quick record; enrolled and marked at once. */
export function WalkInDialog({ ctx, onClose }: { ctx: SessionContext; onClose: () => void }) {
  const { t } = useTranslation('attendance');
  const [tab, setTab] = useState<string | null>('search');
  const [status, setStatus] = useState<AttendanceStatus>('present');
  const [query, setQuery] = useState('');
  const [form, setForm] = useState<NewWalkIn>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof NewWalkIn, string>>>({});
  const [sameFio, setSameFio] = useState<Participant[] | null>(null);
  const [saving, setSaving] = useState(false);
  const [lastAdded, setLastAdded] = useState('');

  const schools = useLiveQuery(() => listSchoolsForWalkIn(), []);
  const results = useLiveQuery(() => searchParticipants(query, 20), [query]);
  const enrolled = new Set(ctx.participants.map((p) => p.id));
  const schoolName = (p: Participant) => {
    const s = schools?.find((x) => x.id === p.schoolId);
    return s ? s.shortName || s.fullName : '';
  };
  const describe = (p: Participant) =>
    [
      schoolName(p),
      p.grade === null ? '' : `${p.grade}${p.classLetter}`,
      p.platformId ? `ID ${p.platformId}` : '',
    ]
      .filter(Boolean)
      .join(', ');

  /** From the search the dialog stays open: several pupils often come together. */
  async function add(walkIn: WalkIn, name: string, close: boolean) {
    setSaving(true);
    try {
      await addWalkIn(ctx.session.id, walkIn, status);
      if (close) {
        notifySaved(t('walkIn.added', { name }));
        onClose();
      } else {
        // Said inside the dialog: a pile of toasts would cover the next «Добавить» buttons.
        setLastAdded(t('walkIn.added', { name }));
      }
    } catch (e) {
      notifyError(errorMessage(e));
    } finally {
      setSaving(false);
    }
  }

  async function submitNew(e: FormEvent) {
    e.preventDefault();
    const found = validateWalkIn(form);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (sameFio === null) {
      const same = await findSameFio(form);
      if (same.length > 0) {
        setSameFio(same);
        return;
      }
    }
    await add({ participant: form }, joinFio(form), true);
  }

  function field(key: 'lastName' | 'firstName' | 'middleName') {
    return {
      value: form[key],
      error: errors[key],
      onChange: (e: ChangeEvent<HTMLInputElement>) => {
        const value = e.currentTarget.value;
        setForm((f) => ({ ...f, [key]: value }));
        setSameFio(null);
      },
    };
  }

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
            data={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: t(`marks.${s}`) }))}
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
            <Stack gap="xs">
              <TextInput
                label={t('walkIn.search')}
                description={t('walkIn.searchHint')}
                value={query}
                onChange={(e) => setQuery(e.currentTarget.value)}
                data-autofocus
              />
              {query.trim() && results && results.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('walkIn.nothing')}
                </Text>
              )}
              <Stack gap={4} mah={320} style={{ overflowY: 'auto' }}>
                {(results ?? []).map((p) => {
                  const name = joinFio(p);
                  return (
                    <Paper key={p.id} withBorder p="xs">
                      <Group justify="space-between" wrap="nowrap">
                        <div>
                          <Text size="sm" fw={500}>
                            {name}
                          </Text>
                          <Text size="xs" c="dimmed">
                            {describe(p)}
                          </Text>
                        </div>
                        {enrolled.has(p.id) ? (
                          <Badge variant="light" color="gray">
                            {t('walkIn.inGroup')}
                          </Badge>
                        ) : (
                          <Button
                            size="xs"
                            loading={saving}
                            aria-label={t('walkIn.addNamed', { name })}
                            onClick={() => void add({ participantId: p.id }, name, false)}
                          >
                            {t('walkIn.add')}
                          </Button>
                        )}
                      </Group>
                    </Paper>
                  );
                })}
              </Stack>
              <Group justify="space-between" wrap="nowrap">
                <Text size="sm" c="teal.8" aria-live="polite">
                  {lastAdded}
                </Text>
                <Button variant="default" onClick={onClose}>
                  {t('walkIn.done')}
                </Button>
              </Group>
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="new">
            <form onSubmit={(e) => void submitNew(e)} noValidate>
              <Stack gap="xs">
                <Group grow align="flex-start">
                  <TextInput label={t('walkIn.lastName')} required {...field('lastName')} />
                  <TextInput label={t('walkIn.firstName')} required {...field('firstName')} />
                  <TextInput label={t('walkIn.middleName')} {...field('middleName')} />
                </Group>
                <Group grow align="flex-start">
                  <Select
                    label={t('walkIn.school')}
                    placeholder={t('walkIn.noSchool')}
                    data={(schools ?? []).map((s) => ({ value: s.id, label: s.shortName || s.fullName }))}
                    value={form.schoolId}
                    onChange={(v) => setForm((f) => ({ ...f, schoolId: v }))}
                    searchable
                    clearable
                  />
                  <Select
                    label={t('walkIn.grade')}
                    data={GRADES}
                    value={form.grade === null ? null : String(form.grade)}
                    onChange={(v) => setForm((f) => ({ ...f, grade: v ? Number(v) : null }))}
                    error={errors.grade}
                    clearable
                  />
                </Group>
                {sameFio && sameFio.length > 0 && (
                  <Alert color="yellow" title={t('walkIn.sameFio')}>
                    <Stack gap={4}>
                      {sameFio.map((p) => (
                        <Group key={p.id} justify="space-between" wrap="nowrap">
                          <Text size="sm">
                            {joinFio(p)}
                            {describe(p) ? ` — ${describe(p)}` : ''}
                          </Text>
                          {enrolled.has(p.id) ? (
                            <Badge variant="light" color="gray">
                              {t('walkIn.inGroup')}
                            </Badge>
                          ) : (
                            <Button
                              size="xs"
                              variant="light"
                              onClick={() => void add({ participantId: p.id }, joinFio(p), true)}
                            >
                              {t('walkIn.useExisting')}
                            </Button>
                          )}
                        </Group>
                      ))}
                    </Stack>
                  </Alert>
                )}
                <Group justify="flex-end">
                  <Button type="submit" loading={saving}>
                    {sameFio && sameFio.length > 0 ? t('walkIn.submitAnyway') : t('walkIn.submit')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Modal>
  );
}
