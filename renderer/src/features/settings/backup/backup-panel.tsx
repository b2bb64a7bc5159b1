import { useCallback, useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  PasswordInput,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconDownload, IconFolderOpen, IconUpload } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isCancelled, isRuleError } from '@shared/errors';
import { BACKUP_FILE_EXTENSION } from '@shared/backup/file-names';
import { formatNumber } from '@shared/text/collation';
import { LATEST_VERSION as SCHEMA_VERSION } from '../../../db/versions';
import {
  countTables,
  createBackup,
  decodeBackup,
  openBackup,
  replaceDatabase,
  saveSafetyCopy,
  totalRecords,
  type BackupProgress,
  type DecodedBackup,
  type OpenedBackup,
} from '../../../db/backup';
import { formatDateTime } from '@shared/dates';
import { manualBackupName } from '@shared/backup/file-names';
import { setSetting } from '../../../db/repos/settings-repo';
import { useSetting } from '../use-setting';
import { platform, type OpenedFile } from '../../../platform';
import {
  confirmDanger,
  errorMessage,
  notifyError,
  notifySaved,
  ProgressDialog,
  type ProgressState,
} from '../../../ui';
import { subscribePendingBackupFile, takePendingBackupFile } from './pending-backup-file';

const MIN_PASSWORD = 8;

type SetProgress = (update: (prev: ProgressState | null) => ProgressState | null) => void;

/** What each card gets from the panel: the shared progress dialog, its title and its «Прервать». */
interface ProgressControls {
  setProgress: SetProgress;
  setTitle: (title: string) => void;
  /** Offers «Прервать» while the returned signal's work runs; call `done()` when it ends. */
  cancellable: () => { signal: AbortSignal; done: () => void };
}

function tableLabel(t: TFunction<'settings'>, table: string): string {
  return t(`tables.${table}`, { defaultValue: table });
}

/** Turns the backup layer's progress into the dialog's label and counts («12 000 из 130 000»). */
function progressUpdater(t: TFunction<'settings'>, setProgress: SetProgress) {
  return (p: BackupProgress) =>
    setProgress((prev) => {
      const table = p.table ? tableLabel(t, p.table) : '';
      switch (p.phase) {
        case 'read':
          return {
            label: p.table ? t('backup.progress.read', { table }) : t('backup.progress.readStart'),
            done: p.done,
            total: p.total,
          };
        case 'safety-copy':
          return {
            label: t('backup.progress.safety', { table: table || '…' }),
            done: p.done,
            total: p.total,
          };
        case 'write':
          return { label: t('backup.progress.write', { table: table || '…' }), done: p.done, total: p.total };
        case 'encode':
          // Keep the record counts on screen while the file is compressed.
          return { label: t('backup.progress.encode'), done: prev?.done ?? 0, total: prev?.total ?? 0 };
        case 'decode':
          return {
            label: t('backup.progress.decode'),
            done: p.done === p.total ? (prev?.total ?? 0) : 0,
            total: prev?.total ?? 0,
          };
      }
    });
}

const BACKUP_FILTERS = (t: TFunction<'settings'>) => [
  { name: t('backup.restore.fileFilter'), extensions: [BACKUP_FILE_EXTENSION] },
];

function CreateBackupCard({ setProgress, setTitle, cancellable }: ProgressControls) {
  const { t } = useTranslation('settings');
  const [encrypt, setEncrypt] = useState(false);
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<{ password?: string; repeat?: string }>({});
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (encrypt) {
      const next: typeof errors = {};
      if (password.length < MIN_PASSWORD) next.password = t('backup.create.passwordShort');
      else if (password !== repeat) next.repeat = t('backup.create.passwordMismatch');
      setErrors(next);
      if (next.password || next.repeat) return;
    }
    setBusy(true);
    setTitle(t('backup.create.progressTitle'));
    setProgress(() => ({ label: t('backup.progress.readStart'), done: 0, total: 0 }));
    const stop = cancellable();
    try {
      const now = new Date();
      const { bytes, createdAt } = await createBackup({
        appVersion: await platform.appVersion(),
        password: encrypt ? password : undefined,
        onProgress: progressUpdater(t, setProgress),
        now,
        signal: stop.signal,
      });
      stop.done();
      setProgress(() => null);
      const name = manualBackupName(now);
      const saved = await platform.saveFile({
        suggestedName: name,
        data: bytes,
        mimeType: 'application/octet-stream',
        filters: BACKUP_FILTERS(t),
      });
      if (!saved) {
        notifySaved(t('backup.create.cancelled'));
        return;
      }
      await setSetting('lastBackupAt', createdAt);
      setPassword('');
      setRepeat('');
      notifySaved(t('backup.create.saved', { name }));
    } catch (error) {
      if (isCancelled(error)) notifySaved(t('backup.create.stopped'));
      else notifyError(errorMessage(error));
    } finally {
      stop.done();
      setProgress(() => null);
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-create-title">
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack gap="sm">
          <Title order={2} fz="lg" id="backup-create-title">
            {t('backup.create.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('backup.create.text')}
          </Text>
          <Switch
            label={t('backup.create.encrypt')}
            description={encrypt ? t('backup.create.encryptHint') : undefined}
            checked={encrypt}
            onChange={(e) => setEncrypt(e.currentTarget.checked)}
          />
          {encrypt && (
            <Group grow align="flex-start">
              <PasswordInput
                label={t('backup.create.password')}
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                error={errors.password}
                autoComplete="new-password"
                required
              />
              <PasswordInput
                label={t('backup.create.passwordRepeat')}
                value={repeat}
                onChange={(e) => setRepeat(e.currentTarget.value)}
                error={errors.repeat}
                autoComplete="new-password"
                required
              />
            </Group>
          )}
          <Group>
            <Button type="submit" leftSection={<IconDownload size={18} />} loading={busy}>
              {t('backup.create.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Counts now vs in the file, per table: what exactly the restore will replace. */
function RestoreSummary({
  backup,
  now,
  willDownload,
}: {
  backup: DecodedBackup;
  now: Record<string, number>;
  willDownload: boolean;
}) {
  const { t } = useTranslation('settings');
  // Tables empty on both sides say nothing; leaving them out keeps the dialog and its button on a 768-px screen.
  const tables = Object.keys(now).filter((table) => (now[table] ?? 0) > 0 || (backup.counts[table] ?? 0) > 0);
  return (
    <Stack gap="sm">
      <Text size="sm">
        {t('backup.restore.confirmText', {
          name: backup.fileName,
          when: formatDateTime(backup.header.createdAt),
          app: backup.header.appVersion,
          where: willDownload ? t('backup.restore.whereDownload') : t('backup.restore.whereFolder'),
        })}
      </Text>
      {backup.header.schemaVersion < SCHEMA_VERSION && (
        <Text size="sm">
          {t('backup.restore.confirmUpgrade', { from: backup.header.schemaVersion, to: SCHEMA_VERSION })}
        </Text>
      )}
      <Table
        striped
        withTableBorder
        verticalSpacing={2}
        fz="sm"
        aria-label={t('backup.restore.confirmTitle')}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('backup.restore.colTable')}</Table.Th>
            <Table.Th ta="right">{t('backup.restore.colNow')}</Table.Th>
            <Table.Th ta="right">{t('backup.restore.colFile')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tables.map((table) => {
            const file = backup.counts[table] ?? 0;
            const current = now[table] ?? 0;
            return (
              <Table.Tr key={table}>
                <Table.Td>{tableLabel(t, table)}</Table.Td>
                <Table.Td ta="right">{formatNumber(current)}</Table.Td>
                <Table.Td ta="right" fw={file !== current ? 700 : undefined}>
                  {formatNumber(file)}
                </Table.Td>
              </Table.Tr>
            );
          })}
          <Table.Tr>
            <Table.Td fw={700}>{t('backup.restore.total')}</Table.Td>
            <Table.Td ta="right" fw={700}>
              {formatNumber(totalRecords(now))}
            </Table.Td>
            <Table.Td ta="right" fw={700}>
              {formatNumber(totalRecords(backup.counts))}
            </Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function RestoreCard({ setProgress, setTitle, cancellable }: ProgressControls) {
  const { t } = useTranslation('settings');
  const [failure, setFailure] = useState<{ name: string; message: string } | null>(null);
  const [passwordFor, setPasswordFor] = useState<OpenedBackup | null>(null);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const continueRestore = useCallback(
    async (opened: OpenedBackup, pwd?: string) => {
      const onProgress = progressUpdater(t, setProgress);
      setTitle(t('backup.restore.progressTitle'));
      setProgress(() => ({
        label: t('backup.progress.decode'),
        done: 0,
        total: totalRecords(opened.header.counts),
      }));
      let decoded: DecodedBackup;
      try {
        decoded = await decodeBackup(opened, pwd, onProgress);
      } catch (error) {
        setProgress(() => null);
        if (isRuleError(error) && error.code === 'settings.backupWrongPassword' && pwd !== undefined) {
          setPasswordError(errorMessage(error));
          return;
        }
        setPasswordFor(null);
        setFailure({ name: opened.fileName, message: errorMessage(error) });
        return;
      }
      setProgress(() => null);
      setPasswordFor(null);

      const now = await countTables();
      const ok = await confirmDanger({
        title: t('backup.restore.confirmTitle'),
        message: <RestoreSummary backup={decoded} now={now} willDownload={!platform.writeAutoBackup} />,
        confirmLabel: t('backup.restore.confirm'),
      });
      if (!ok) return;
      // Cancelling is safe throughout: before the transaction nothing was written, inside it IndexedDB rolls back.
      const stop = cancellable();
      try {
        const safetyCopyName = await saveSafetyCopy({ platform, onProgress, signal: stop.signal });
        await replaceDatabase(decoded, { onProgress, safetyCopyName, signal: stop.signal });
        stop.done();
        notifySaved(t('backup.restore.done', { when: formatDateTime(decoded.header.createdAt) }));
      } catch (error) {
        if (isCancelled(error)) notifySaved(t('backup.restore.stopped'));
        else setFailure({ name: opened.fileName, message: errorMessage(error) });
      } finally {
        stop.done();
        setProgress(() => null);
      }
    },
    [t, setProgress, setTitle, cancellable],
  );

  const startRestore = useCallback(
    async (file: OpenedFile) => {
      setFailure(null);
      let opened: OpenedBackup;
      try {
        opened = openBackup(file.name, file.data);
      } catch (error) {
        setFailure({ name: file.name, message: errorMessage(error) });
        return;
      }
      if (opened.header.encryption) {
        setPassword('');
        setPasswordError(null);
        setPasswordFor(opened);
        return;
      }
      setBusy(true);
      try {
        await continueRestore(opened);
      } finally {
        setBusy(false);
      }
    },
    [continueRestore],
  );

  // A file opened by double-click in Explorer arrives through the pending store, possibly before this
  // screen was mounted: take it now (after the render) and whenever another one arrives.
  useEffect(() => {
    const take = () => {
      const file = takePendingBackupFile();
      if (file) void startRestore(file);
    };
    queueMicrotask(take);
    return subscribePendingBackupFile(take);
  }, [startRestore]);

  async function chooseFile() {
    try {
      const file = await platform.openFile(BACKUP_FILTERS(t));
      if (file) await startRestore(file);
    } catch (error) {
      notifyError(errorMessage(error));
    }
  }

  async function submitPassword(event: FormEvent) {
    event.preventDefault();
    if (!passwordFor) return;
    setBusy(true);
    try {
      await continueRestore(passwordFor, password);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="backup-restore-title">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="backup-restore-title">
          {t('backup.restore.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backup.restore.text')}
        </Text>
        {failure && (
          <Alert
            color="red"
            variant="light"
            title={t('backup.restore.failed', { name: failure.name })}
            role="alert"
          >
            {failure.message}
          </Alert>
        )}
        <Group>
          <Button
            variant="default"
            leftSection={<IconUpload size={18} />}
            onClick={() => void chooseFile()}
            loading={busy && !passwordFor}
          >
            {t('backup.restore.choose')}
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={passwordFor !== null}
        onClose={() => setPasswordFor(null)}
        title={t('backup.restore.passwordTitle')}
        centered
      >
        <form onSubmit={(e) => void submitPassword(e)} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('backup.restore.passwordText', { name: passwordFor?.fileName ?? '' })}</Text>
            <PasswordInput
              label={t('backup.restore.passwordLabel')}
              value={password}
              onChange={(e) => setPassword(e.currentTarget.value)}
              error={passwordError}
              autoComplete="current-password"
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPasswordFor(null)}>
                {t('common:actions.cancel', { defaultValue: 'Отмена' })}
              </Button>
              <Button type="submit" loading={busy}>
                {t('backup.restore.decrypt')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}

function AutoBackupCard() {
  const { t } = useTranslation('settings');
  const keep = useSetting('autoBackupKeep');
  const last = useSetting('lastAutoBackupAt');
  const failure = useSetting('lastAutoBackupError');
  const openFolder = platform.openFolder;

  if (!platform.writeAutoBackup) {
    return (
      <Paper withBorder p="lg" component="section">
        <Title order={2} fz="lg" mb="xs">
          {t('backup.auto.webTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backup.auto.webText')}
        </Text>
      </Paper>
    );
  }
  return (
    <Paper withBorder p="lg" component="section">
      <Stack gap="sm">
        <Title order={2} fz="lg">
          {t('backup.auto.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('backup.auto.text')}
        </Text>
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {t('errors.autoBackupFailed', { detail: failure })}
          </Alert>
        )}
        <Text size="sm">
          {last ? t('backup.auto.last', { when: formatDateTime(last) }) : t('backup.auto.lastNever')}
        </Text>
        <Group align="flex-end">
          {keep !== undefined && (
            <NumberInput
              label={t('backup.auto.keep')}
              min={1}
              max={365}
              w={200}
              clampBehavior="strict"
              allowDecimal={false}
              defaultValue={keep}
              onChange={(v) => {
                if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 365)
                  void setSetting('autoBackupKeep', v);
              }}
            />
          )}
          {openFolder && (
            <Button
              variant="default"
              leftSection={<IconFolderOpen size={18} />}
              onClick={() => void openFolder('backups').catch((e: unknown) => notifyError(errorMessage(e)))}
            >
              {t('backup.auto.openFolder')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** Настройки › Резервные копии: make a backup, restore one, automatic backups. */
export function BackupPanel() {
  const [progress, setProgressState] = useState<ProgressState | null>(null);
  const [title, setTitle] = useState('');
  const [cancel, setCancel] = useState<(() => void) | null>(null);
  const setProgress: SetProgress = useCallback((update) => setProgressState(update), []);
  const cancellable = useCallback(() => {
    const controller = new AbortController();
    setCancel(() => () => controller.abort());
    return { signal: controller.signal, done: () => setCancel(null) };
  }, []);
  const controls: ProgressControls = { setProgress, setTitle, cancellable };
  return (
    <Stack maw={1100}>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <CreateBackupCard {...controls} />
        <RestoreCard {...controls} />
      </SimpleGrid>
      <AutoBackupCard />
      <ProgressDialog state={progress} title={title} onCancel={cancel ?? undefined} />
    </Stack>
  );
}
