import { useEffect, useMemo, useState } from 'react';
import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { defaultGroupName } from '@shared/schedule';
import { createGroup } from '../../db/repos/group-repo';
import { FormSection, notifySaved, PageHeader, UnsavedChangesGuard, useAction } from '../../ui';
import { useLookups } from './schedule-data';
import { useSaveWithChecks } from './save-with-checks';
import {
  emptyPlan,
  planDates,
  planDrafts,
  planErrors,
  SessionsPlanner,
  type PlanValue,
} from './sessions-planner';

export function GroupNewPage() {
  const { t } = useTranslation('schedule');
  const lookups = useLookups();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { run, dialog } = useSaveWithChecks();

  const [programId, setProgramId] = useState<string | null>(params.get('program'));
  const [name, setName] = useState<string | null>(null);
  const [capacity, setCapacity] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const [plan, setPlan] = useState<PlanValue>(() => emptyPlan(params.get('date'), [], params.get('start')));
  const [mentorsTouched, setMentorsTouched] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [dirty, setDirty] = useState(false);
  const { busy: saving, run: runAction } = useAction();
  const [createdId, setCreatedId] = useState<string | null>(null);

  useEffect(() => {
    if (createdId) navigate(`/schedule/groups/${createdId}`);
  }, [createdId, navigate]);

  const activePrograms = useMemo(
    () => lookups?.programs.filter((p) => p.status === 'active') ?? [],
    [lookups],
  );
  if (!lookups) return <PageHeader title={t('form.newTitle')} />;

  const program = programId ? lookups.program.get(programId) : undefined;
  const firstDate = [...planDates(plan)].sort()[0] ?? null;
  // The name follows the programme and the first date until the person types their own.
  const shownName = name ?? (program ? defaultGroupName(program.title, firstDate) : '');

  function chooseProgram(id: string | null) {
    setDirty(true);
    setProgramId(id);
    const p = id ? lookups?.program.get(id) : undefined;
    if (p && !mentorsTouched)
      setPlan((v) => ({ ...v, session: { ...v.session, mentorIds: [...p.mentorIds] } }));
  }

  async function save() {
    const found = planErrors(plan, t);
    if (!program) found.programId = t('form.programRequired');
    const cap = capacity ?? program?.maxGroupSize ?? 0;
    if (!Number.isInteger(cap) || cap < 1) found.capacity = t('form.capacityInvalid');
    setErrors(found);
    if (Object.keys(found).length > 0 || !program) return;
    const group = await runAction(() =>
      run((options) =>
        createGroup(
          { programId: program.id, name: shownName, capacity: cap, note, sessions: planDrafts(plan) },
          options,
        ),
      ),
    );
    if (group) {
      notifySaved(t('form.created', { name: group.name }));
      setDirty(false);
      setCreatedId(group.id);
    }
  }

  return (
    <>
      <UnsavedChangesGuard when={dirty && !createdId} />
      {dialog}
      <PageHeader
        title={t('form.newTitle')}
        breadcrumbs={[
          { label: t('title'), to: '/schedule' },
          { label: t('groups.title'), to: '/schedule/groups' },
          { label: t('form.newTitle') },
        ]}
      />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
        noValidate
      >
        <Stack gap="md" maw={960}>
          <FormSection title={t('form.groupSection')}>
            {activePrograms.length === 0 && (
              <Alert color="orange" mb="sm">
                {t('form.noActivePrograms')}{' '}
                <Anchor component={Link} to="/programs">
                  {t('form.toPrograms')}
                </Anchor>
              </Alert>
            )}
            <Stack gap="sm">
              <Select
                label={t('form.program')}
                placeholder={t('form.programPlaceholder')}
                description={t('form.programHint')}
                data={activePrograms.map((p) => ({ value: p.id, label: p.title }))}
                value={programId}
                onChange={chooseProgram}
                error={errors.programId}
                searchable
                required
              />
              <SimpleGrid cols={3}>
                <TextInput
                  label={t('form.name')}
                  value={shownName}
                  onChange={(e) => {
                    setDirty(true);
                    setName(e.currentTarget.value);
                  }}
                  description={t('form.nameHint')}
                  style={{ gridColumn: 'span 2' }}
                />
                <NumberInput
                  label={t('form.capacity')}
                  description={program ? t('form.capacityHint', { n: program.maxGroupSize }) : undefined}
                  value={capacity ?? program?.maxGroupSize ?? ''}
                  onChange={(v) => {
                    setDirty(true);
                    setCapacity(typeof v === 'number' ? v : null);
                  }}
                  min={1}
                  max={1000}
                  allowDecimal={false}
                  error={errors.capacity}
                  required
                />
              </SimpleGrid>
              <Textarea
                label={t('form.note')}
                value={note}
                onChange={(e) => {
                  setDirty(true);
                  setNote(e.currentTarget.value);
                }}
                autosize
                minRows={1}
              />
            </Stack>
          </FormSection>
          <FormSection title={t('form.sessionsSection')}>
            <SessionsPlanner
              value={plan}
              onChange={(v) => {
                setDirty(true);
                if (v.session.mentorIds !== plan.session.mentorIds) setMentorsTouched(true);
                setPlan(v);
              }}
              lookups={lookups}
              errors={errors}
            />
          </FormSection>
          <Group justify="flex-end">
            <Button variant="default" component={Link} to="/schedule/groups">
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('form.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
