import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Box, Button, Group, Select, Text } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParticipantColumns } from './use-participant-columns';
import { useNavigate } from 'react-router';
import { CONSENT_STATUSES } from '@shared/participants/consent-rules';
import type { Participant, School } from '@shared/domain';
import { compareRu, formatNumber } from '@shared/text/collation';
import { schoolLabel } from '@shared/participants/build';
import { joinFio } from '@shared/text/fio';
import {
  DataTable,
  EmptyState,
  FilterBar,
  PageHeader,
  SearchInput,
  enumOptions,
  usePageShortcut,
} from '../../../ui';
import { BadgesButton } from '../../qr/public';
import { ListActions } from './list-actions';
import { RowSelection } from './selection';
import { SelectAllShown, selectionColumn, useSelectedCount } from './selection-column';
import {
  LIST_FIRST_ROWS,
  useAllParticipants,
  useFirstParticipants,
  useListHead,
  useListSchools,
  usePaintedOnce,
  usePersonalDataConsentStatus,
  useSearchMatches,
} from '../use-participants-list';

const participantKey = (p: Participant) => p.id;
const FIO_ORDER = { id: 'fio', dir: 'asc' } as const;

const NO_ROWS: Participant[] = [];
const NO_SCHOOLS: School[] = [];

const GRADES = Array.from({ length: 11 }, (_, i) => String(i + 1));

/** Where the four filter selects go (their widths, a Mantine input's height) until they are mounted. */
const SELECT_PLACES = (
  <>
    {[220, 120, 130, 200].map((w) => (
      <Box key={w} w={w} h={36} aria-hidden />
    ))}
  </>
);

/** A group holds at most 100 places; a larger selection is surely a forgotten filter. */
const MAX_ENROLL_SELECTION = 100;

/** The participant list: search by the beginnings of ФИО words, filters, export of what is shown. */
export function ParticipantsListPage() {
  const { t } = useTranslation('participants');
  const navigate = useNavigate();
  // The search is applied in the keystroke's own render, not deferred: the match (a first letter from the
  // search's index, later letters narrowing the last result), the table's narrowing (no comparisons) and the rows
  // that change fit in a frame, where a deferred render was a second render, time-sliced, that other work (the
  // page's reads, a frame) went between, and the rows appeared two or three frames after the letter.
  const [query, setQuery] = useState('');
  const [schoolId, setSchoolId] = useState<string | null>(null);
  const [grade, setGrade] = useState<string | null>(null);
  const [ovz, setOvz] = useState<string | null>(null);
  const [consent, setConsent] = useState<string | null>(null);
  // Ctrl+F from anywhere lands here (app/global-shortcuts.tsx).
  const searchRef = useRef<HTMLInputElement>(null);
  usePageShortcut('search', () => {
    searchRef.current?.focus();
    searchRef.current?.select();
  });

  // Reading 20 000 people takes a few hundred milliseconds; until then the top of the list comes from the index.
  // The small queries are asked first, and the whole list once the top is painted, so it cannot hold it up.
  // The first screen was asked for as the navigation began (the router's loader): its rows can be in the first
  // render, before the page's own live queries have answered.
  const head = useListHead();
  const preview = useFirstParticipants(LIST_FIRST_ROWS, head?.rows);
  const schools = useListSchools(head?.schools);
  // The frame after the first rows are painted: the whole list is asked for, and the four filter selects are
  // mounted (a Mantine select positions its dropdown when it mounts: a forced layout each, about a tenth of the
  // page's first commit). Until then their places are kept empty, the same size.
  const rowsPainted = usePaintedOnce(preview !== undefined);
  const participants = useAllParticipants(rowsPainted);
  // Consents (with their scans) are read only while the consent filter is on.
  const consentStatus = usePersonalDataConsentStatus(consent !== null);

  const schoolNames = useMemo(() => new Map((schools ?? []).map((s) => [s.id, schoolLabel(s)])), [schools]);
  const schoolOptions = useMemo(
    () =>
      [...(schools ?? [])]
        .sort((a, b) => compareRu(schoolLabel(a), schoolLabel(b)))
        .map((s) => ({ value: s.id, label: schoolLabel(s) })),
    [schools],
  );

  const matches = useSearchMatches(participants ?? NO_ROWS, query);
  const rows = useMemo(() => {
    if (!schoolId && !grade && !ovz && !consent) return matches;
    return matches.filter((p) => {
      if (schoolId && p.schoolId !== schoolId) return false;
      if (grade && p.grade !== Number(grade)) return false;
      if (ovz === 'yes' && !p.hasDisability) return false;
      if (ovz === 'no' && p.hasDisability) return false;
      if (consent && consentStatus && (consentStatus.get(p.id) ?? 'none') !== consent) return false;
      return true;
    });
  }, [matches, schoolId, grade, ovz, consent, consentStatus]);
  const filtered = !!(query || schoolId || grade || ovz || consent);
  function clearFilters() {
    setQuery('');
    setSchoolId(null);
    setGrade(null);
    setOvz(null);
    setConsent(null);
  }
  const shownRows = participants ? rows : filtered ? NO_ROWS : (preview ?? NO_ROWS);

  const baseColumns = useParticipantColumns(schoolNames);
  // The selection column (check boxes, Shift-click ranges in the shown order) stays the same object: ticking a
  // box re-renders that box only.
  const [selection] = useState(() => new RowSelection());
  const [order] = useState<{ current: readonly Participant[] }>(() => ({ current: [] }));
  const columns = useMemo(
    () => [
      selectionColumn(selection, order, t('select.header'), (p) =>
        t('select.one', { name: p.anonymizedAt ? t('anonymized') : joinFio(p) }),
      ),
      ...baseColumns,
    ],
    [selection, order, baseColumns, t],
  );
  // Nothing ticked (as while someone types a search): no set of every shown id to build.
  useEffect(() => {
    if (selection.size > 0) selection.keepOnly(new Set(rows.map((p) => p.id)));
  }, [selection, rows]);
  const selectedCount = useSelectedCount(selection);
  // The chosen rows, or, with nothing ticked, the whole filtered list.
  const toEnroll = selectedCount > 0 ? rows.filter((p) => selection.has(p.id)) : rows;
  const enrollRefusal =
    toEnroll.length > MAX_ENROLL_SELECTION
      ? t('enrollSelection.tooMany', { max: MAX_ENROLL_SELECTION })
      : null;

  const total = participants?.length ?? 0;

  // A keystroke renders the page once, with the rows it leaves. The filters and the table are kept as the same
  // elements until what they show changes, so React skips them when only the search box changes.
  const selects = useMemo(
    () => (
      <>
        <Select
          aria-label={t('filters.school')}
          placeholder={t('filters.school')}
          data={schoolOptions}
          value={schoolId}
          onChange={setSchoolId}
          clearable
          searchable
          w={220}
        />
        <Select
          aria-label={t('filters.grade')}
          placeholder={t('filters.grade')}
          data={GRADES.map((g) => ({ value: g, label: t('filters.gradeValue', { grade: g }) }))}
          value={grade}
          onChange={setGrade}
          clearable
          w={120}
        />
        <Select
          aria-label={t('filters.ovz')}
          placeholder={t('filters.ovz')}
          data={[
            { value: 'yes', label: t('filters.ovzYes') },
            { value: 'no', label: t('filters.ovzNo') },
          ]}
          value={ovz}
          onChange={setOvz}
          clearable
          w={130}
        />
        <Select
          aria-label={t('filters.consent')}
          placeholder={t('filters.consent')}
          data={enumOptions('consentStatus', CONSENT_STATUSES)}
          value={consent}
          onChange={setConsent}
          clearable
          w={200}
        />
      </>
    ),
    [t, schoolOptions, schoolId, grade, ovz, consent],
  );
  // The export writes the rows shown when it is clicked; the header does not change with them.
  const shownNow = useRef(rows);
  useEffect(() => {
    shownNow.current = rows;
  }, [rows]);
  const getShown = useCallback(() => shownNow.current, []);
  const header = useMemo(
    () => (
      <PageHeader
        title={t('title')}
        actions={<ListActions total={total} shown={getShown} schools={schools ?? NO_SCHOOLS} />}
      />
    ),
    [t, total, getShown, schools],
  );
  const openParticipant = useCallback((p: Participant) => navigate(p.id), [navigate]);
  const table = useMemo(
    () => (
      <DataTable
        rows={shownRows}
        columns={columns}
        rowKey={participantKey}
        label={t('title')}
        initialSort={FIO_ORDER}
        onRowClick={openParticipant}
        sortedRef={order}
        rowsByPlace
        // The search's and the filters' rows keep the whole list's order, which is read in the table's (ФИО).
        rowsSource={participants}
      />
    ),
    [shownRows, columns, t, openParticipant, order, participants],
  );

  return (
    <>
      {header}
      {participants && participants.length === 0 ? (
        <EmptyState
          title={t('empty.title')}
          text={t('empty.text')}
          action={
            <Button leftSection={<IconFileImport size={16} />} onClick={() => navigate('import')}>
              {t('actions.importFirst')}
            </Button>
          }
        />
      ) : (
        <>
          <FilterBar active={filtered} onClear={clearFilters}>
            <SearchInput value={query} onChange={setQuery} label={t('search')} inputRef={searchRef} />
            {rowsPainted ? selects : SELECT_PLACES}
            <Text size="sm" c="dimmed" ml="auto" aria-live="polite">
              {participants
                ? t('common:shown', { shown: formatNumber(rows.length), total: formatNumber(total) })
                : t('common:loadingList')}
            </Text>
            {/* The ticked rows, or with none ticked the filtered list, are enrolled; the enrollment page checks
                each against the group (capacity, grades, overlaps) and says why when it cannot. */}
            <Button
              variant="light"
              size="sm"
              disabled={toEnroll.length === 0 || enrollRefusal !== null}
              onClick={() => navigate(`/schedule/enroll?ids=${toEnroll.map((p) => p.id).join(',')}`)}
            >
              {selectedCount > 0
                ? t('enrollSelection.selected', { count: toEnroll.length })
                : t('enrollSelection.action', { count: rows.length })}
            </Button>
          </FilterBar>
          <Group justify="space-between" mb={4}>
            <Group gap="sm">
              <SelectAllShown selection={selection} shown={rows} />
              {selectedCount > 0 && (
                <BadgesButton
                  size="sm"
                  source={{ participantIds: toEnroll.map((p) => p.id) }}
                  // The file's name is document text: Russian whatever the interface language.
                  what={`выбранных участников (${toEnroll.length})`}
                />
              )}
            </Group>
            {enrollRefusal && (
              <Text size="sm" c="orange.8">
                {enrollRefusal}
              </Text>
            )}
          </Group>
          {table}
        </>
      )}
    </>
  );
}
