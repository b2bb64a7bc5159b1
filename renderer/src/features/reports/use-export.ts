import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { platform, type SaveFileRequest } from '../../platform';
import { errorMessage, notifyError, notifySaved, type ProgressState } from '../../ui';

export type ReportProgress = (label: string, done: number, total: number) => Promise<void>;

/** Lets the browser paint the progress bar and handle input between the steps of a long generation. */
function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Runs a file generation step by step with a progress dialog, then hands the bytes to the platform's save
 * dialog (a download in the browser). Errors end in a toast, never half a file.
 */
export function useExportRunner() {
  const { t } = useTranslation('reports');
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const run = useCallback(
    async (
      job: (report: ReportProgress) => Promise<SaveFileRequest | null>,
      savedMessage: (fileName: string) => string,
    ) => {
      try {
        const request = await job(async (label, done, total) => {
          setProgress({ label, done, total });
          await yieldToBrowser();
        });
        setProgress(null);
        if (!request) return;
        if (await platform.saveFile(request)) notifySaved(savedMessage(request.suggestedName));
      } catch (error) {
        setProgress(null);
        notifyError(t('exportFailed', { reason: errorMessage(error) }));
      }
    },
    [t],
  );
  return { progress, run };
}
