import i18n from '../i18n';
import { blobFile, type FileFilter, type PlatformAdapter } from './types';

function toBlob(data: Uint8Array | Blob, type: string): Blob {
  if (data instanceof Blob) return new Blob([data], { type });
  // Copy into a plain ArrayBuffer: a view over a SharedArrayBuffer or an offset slice is not a valid BlobPart.
  return new Blob([data.slice().buffer as ArrayBuffer], { type });
}

/** The system's file picker through a hidden file input; null if cancelled. */
function pickFile(filters: FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      resolve(file ?? null);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.appendChild(input);
    input.click();
  });
}

/** The web build: downloads, a file input and printing through a hidden frame. */
export function createBrowserPlatform(appVersion: string): PlatformAdapter {
  return {
    kind: 'browser',
    saveFile: async ({ suggestedName, data, mimeType }) => {
      const url = URL.createObjectURL(toBlob(data, mimeType));
      const a = document.createElement('a');
      a.href = url;
      a.download = suggestedName;
      a.rel = 'noopener';
      document.body.appendChild(a);
      a.click();
      a.remove();
      // Revoke later: Chromium reads the blob after the click handler returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return true;
    },
    openFile: async (filters) => {
      const file = await pickFile(filters);
      return file && { name: file.name, data: new Uint8Array(await file.arrayBuffer()) };
    },
    openBackupFile: async (filters) => {
      const file = await pickFile(filters);
      return file && blobFile(file.name, file);
    },
    printPdf: async (data) => {
      const url = URL.createObjectURL(toBlob(data, 'application/pdf'));
      const frame = document.createElement('iframe');
      frame.style.position = 'fixed';
      frame.style.width = '0';
      frame.style.height = '0';
      frame.style.border = '0';
      frame.src = url;
      frame.title = i18n.t('print');
      document.body.appendChild(frame);
      await new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
      setTimeout(() => {
        frame.remove();
        URL.revokeObjectURL(url);
      }, 60_000);
    },
    appVersion: async () => appVersion,
    openFolder: null,
    writeAutoBackup: null,
    purgeBackups: null,
    protectKey: null,
    unprotectKey: null,
    setSyncServer: null,
    onOpenBackupFile: () => () => undefined,
    // A browser tab cannot hold its closing for async work; the settings page reminds about backups instead.
    onBeforeClose: () => () => undefined,
    // The web app has no main.log; the browser's console already shows the error.
    logError: async () => undefined,
  };
}
