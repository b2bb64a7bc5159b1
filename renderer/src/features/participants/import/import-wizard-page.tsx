import { useMemo, useState } from 'react';
import { Alert, Button, Group, Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { todayIso } from '@shared/dates';
import {
  buildImportPlan,
  classifyRows,
  type ClassifiedRow,
  type ImportCounts,
} from '@shared/import/classify';
import { mappingProblem, suggestMapping, isPlatformHeader, type ColumnMapping } from '@shared/import/fields';
import { buildImportRows } from '@shared/import/rows';
import type { School } from '@shared/domain';
import { commitImport, loadExistingData } from '../../../db/repos/import-repo';
import { PageHeader, ProgressDialog, errorMessage, type ProgressState } from '../../../ui';
import { parseInWorker } from './parse-client';
import type { ReadOptions, ReadResult } from './read-file';
import { FileStep } from './file-step';
import { RecognitionStep } from './recognition-step';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { SummaryStep } from './summary-step';

interface LoadedFile {
  name: string;
  bytes: Uint8Array;
}

/** The import wizard: file → recognition → columns → preview → one-transaction commit → summary. */
export function ImportWizardPage() {
  const { t } = useTranslation('participants');
  const navigate = useNavigate();
  const [step, setStep] = useState(0);
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [read, setRead] = useState<ReadResult | null>(null);
  const [headerIndex, setHeaderIndex] = useState(0);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [classified, setClassified] = useState<ClassifiedRow[] | null>(null);
  const [schools, setSchools] = useState<School[]>([]);
  const [addPossible, setAddPossible] = useState<Set<number>>(new Set());
  const [fileError, setFileError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [counts, setCounts] = useState<ImportCounts | null>(null);
  const [abort, setAbort] = useState<AbortController | null>(null);

  async function parse(loaded: LoadedFile, options: ReadOptions = {}) {
    setFileError(null);
    const controller = new AbortController();
    setAbort(controller);
    setProgress({ label: t('import.reading', { name: loaded.name }), done: 0, total: 1 });
    try {
      const result = await parseInWorker(
        loaded.bytes,
        loaded.name,
        (done, total, label) => setProgress({ label: `${loaded.name}: ${label.toLowerCase()}`, done, total }),
        controller.signal,
        options,
      );
      setFile(loaded);
      setRead(result);
      setHeaderIndex(result.headerIndex);
      setMapping(result.mapping);
      setClassified(null);
      setStep(1);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) setFileError(errorMessage(error));
    } finally {
      setProgress(null);
      setAbort(null);
    }
  }

  function changeHeader(index: number) {
    if (!read) return;
    setHeaderIndex(index);
    setMapping(suggestMapping(read.rows[index] ?? []));
  }

  async function preview() {
    if (!read) return;
    setProgress({ label: t('import.checking'), done: 0, total: 1 });
    try {
      const rows = buildImportRows(
        read.rows,
        headerIndex,
        mapping,
        todayIso(),
        isPlatformHeader(read.rows[headerIndex] ?? []),
      );
      const existing = await loadExistingData();
      setSchools([...existing.schools]);
      setClassified(classifyRows(rows, existing));
      setAddPossible(new Set());
      setStep(3);
    } finally {
      setProgress(null);
    }
  }

  const plan = useMemo(
    () => (classified ? buildImportPlan(classified, schools, addPossible) : null),
    [classified, schools, addPossible],
  );

  async function commit() {
    if (!plan || !read) return;
    const total = plan.adds.length + plan.updates.length;
    setProgress({ label: t('import.writing'), done: 0, total });
    try {
      const result = await commitImport(plan, {
        fileName: read.fileName,
        source: read.isPlatform ? 'platform-import' : 'school-import',
        onProgress: (done) => setProgress({ label: t('import.writing'), done, total }),
      });
      setCounts(result);
      setStep(4);
    } catch (error) {
      setFileError(t('import.commitFailed', { reason: errorMessage(error) }));
    } finally {
      setProgress(null);
    }
  }

  function restart() {
    setStep(0);
    setFile(null);
    setRead(null);
    setClassified(null);
    setCounts(null);
    setFileError(null);
  }

  const problem = mappingProblem(mapping);

  return (
    <>
      <PageHeader
        title={t('import.title')}
        breadcrumbs={[{ label: t('title'), to: '/participants' }, { label: t('import.title') }]}
      />
      <Stepper
        active={step}
        size="sm"
        mb="lg"
        allowNextStepsSelect={false}
        onStepClick={(s) => step < 4 && setStep(s)}
      >
        <Stepper.Step label={t('import.steps.file')} />
        <Stepper.Step label={t('import.steps.recognition')} />
        <Stepper.Step label={t('import.steps.mapping')} />
        <Stepper.Step label={t('import.steps.preview')} />
        <Stepper.Step label={t('import.steps.summary')} />
      </Stepper>
      {fileError && (
        <Alert
          color="red"
          title={t('import.errorTitle')}
          mb="md"
          role="alert"
          withCloseButton
          onClose={() => setFileError(null)}
        >
          {fileError}
        </Alert>
      )}
      {step === 0 && <FileStep onFile={(f) => void parse(f)} />}
      {step === 1 && read && (
        <RecognitionStep
          read={read}
          headerIndex={headerIndex}
          onHeaderIndex={changeHeader}
          onReread={(options) => file && void parse(file, options)}
        />
      )}
      {step === 2 && read && (
        <MappingStep
          header={read.rows[headerIndex] ?? []}
          rows={read.rows.slice(headerIndex + 1, headerIndex + 4)}
          mapping={mapping}
          onMapping={setMapping}
          problem={problem}
        />
      )}
      {step === 3 && classified && plan && (
        <PreviewStep
          rows={classified}
          plan={plan}
          fileName={read?.fileName ?? ''}
          addPossible={addPossible}
          onAddPossible={setAddPossible}
          onCommit={() => void commit()}
          onCancel={() => navigate('/participants')}
        />
      )}
      {step === 4 && counts && (
        <SummaryStep
          counts={counts}
          fileName={read?.fileName ?? ''}
          onList={() => navigate('/participants')}
          onAgain={restart}
        />
      )}
      {(step === 1 || step === 2) && (
        <Group mt="lg">
          <Button variant="default" onClick={() => (step === 1 ? restart() : setStep(1))}>
            {t('import.back')}
          </Button>
          {step === 1 ? (
            <Button onClick={() => setStep(2)}>{t('import.next')}</Button>
          ) : (
            <Button onClick={() => void preview()} disabled={problem !== null}>
              {t('import.toPreview')}
            </Button>
          )}
        </Group>
      )}
      <ProgressDialog
        title={t('import.progressTitle')}
        state={progress}
        onCancel={abort ? () => abort.abort() : undefined}
      />
    </>
  );
}
