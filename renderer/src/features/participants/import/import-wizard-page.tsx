import { Alert, Button, Group, Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader, ProgressDialog, errorMessage } from '../../../ui';
import { FileStep } from './file-step';
import { RecognitionStep } from './recognition-step';
import { MappingStep } from './mapping-step';
import { PreviewStep } from './preview-step';
import { SummaryStep } from './summary-step';
import { useImportWizard } from './use-import-wizard';
import { WIZARD_STEPS } from './import-wizard-state';

/** The import wizard: file → recognition → columns → preview → one-transaction commit → summary. */
export function ImportWizardPage() {
  const { t } = useTranslation('participants');
  const navigate = useNavigate();
  const wizard = useImportWizard();
  const { state, plan, dispatch } = wizard;
  const { step, read } = state;
  const active = WIZARD_STEPS.indexOf(step);

  return (
    <>
      <PageHeader
        title={t('import.title')}
        breadcrumbs={[{ label: t('title'), to: '/participants' }, { label: t('import.title') }]}
      />
      <Stepper
        active={active}
        size="sm"
        mb="lg"
        allowNextStepsSelect={false}
        onStepClick={(s) => step !== 'summary' && dispatch({ type: 'goto', step: WIZARD_STEPS[s]! })}
      >
        {WIZARD_STEPS.map((s) => (
          <Stepper.Step key={s} label={t(`import.steps.${s}`)} />
        ))}
      </Stepper>
      {state.failure !== null && (
        <Alert
          color="red"
          title={t('import.errorTitle')}
          mb="md"
          role="alert"
          withCloseButton
          onClose={() => dispatch({ type: 'dismiss' })}
        >
          {errorMessage(state.failure)}
        </Alert>
      )}
      {step === 'file' && <FileStep onFile={(f) => void wizard.readFile(f)} />}
      {step === 'recognition' && read && (
        <RecognitionStep
          read={read}
          headerIndex={state.headerIndex}
          onHeaderIndex={(index) => dispatch({ type: 'header', index })}
          onReread={wizard.reread}
        />
      )}
      {step === 'mapping' && read && (
        <MappingStep
          header={read.head[state.headerIndex] ?? []}
          rows={read.head.slice(state.headerIndex + 1, state.headerIndex + 4)}
          mapping={state.mapping}
          onMapping={(mapping) => dispatch({ type: 'mapping', mapping })}
          problem={wizard.mappingProblem}
        />
      )}
      {step === 'preview' && state.checked && plan && (
        <PreviewStep
          rows={state.checked.rows}
          plan={plan}
          fileName={read?.fileName ?? ''}
          addPossible={state.addPossible}
          onAddPossible={(rows) => dispatch({ type: 'addPossible', rows })}
          onCommit={() => void wizard.commit()}
          onCancel={() => navigate('/participants')}
        />
      )}
      {step === 'summary' && state.counts && (
        <SummaryStep
          counts={state.counts}
          fileName={read?.fileName ?? ''}
          onList={() => navigate('/participants')}
          onAgain={() => dispatch({ type: 'restart' })}
        />
      )}
      {(step === 'recognition' || step === 'mapping') && (
        <Group mt="lg">
          <Button
            variant="default"
            onClick={() =>
              dispatch(step === 'recognition' ? { type: 'restart' } : { type: 'goto', step: 'recognition' })
            }
          >
            {t('import.back')}
          </Button>
          {step === 'recognition' ? (
            <Button onClick={() => dispatch({ type: 'goto', step: 'mapping' })}>{t('import.next')}</Button>
          ) : (
            <Button onClick={() => void wizard.check()} disabled={wizard.mappingProblem !== null}>
              {t('import.toPreview')}
            </Button>
          )}
        </Group>
      )}
      <ProgressDialog title={t('import.progressTitle')} state={state.progress} onCancel={wizard.cancel} />
    </>
  );
}
