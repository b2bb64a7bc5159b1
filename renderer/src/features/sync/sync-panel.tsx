import { useEffect, useState } from 'react';
import {
  Alert,
  Button,
  Group,
  Modal,
  PasswordInput,
  Radio,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { appSync } from '../../sync/app-sync';
import type { SyncConfig } from '../../sync/connection';
import type { FirstConnectionChoice, FirstConnectionPreview } from '../../sync/service';
import { errorMessage, FormSection, notifySaved, useAction } from '../../ui';
import { ConflictsList } from './conflicts-list';
import { clearSyncDraft, connectNarrowedTo, saveSyncDraft, readSyncDraft } from './connect-policy';
import { useSyncConfig, useSyncStatus } from './use-sync';

const EMPTY: SyncConfig = { url: '', database: '', user: '', enabled: false };

/**
 * Настройки › Синхронизация: the venue's server, «Проверить соединение», on/off, the conflicts. The first-run
 * screen shows it without the conflicts (a PC with no data yet has none).
 */
export function SyncPanel({ withConflicts = true }: { withConflicts?: boolean }) {
  const stored = useSyncConfig();
  // Typed before the window reloaded for a new server's policy (connect-policy.ts): shown again, once.
  const [draft] = useState(readSyncDraft);
  useEffect(() => clearSyncDraft(), []);
  if (stored === undefined) return null;
  const initial = stored ?? EMPTY;
  const restored = draft !== null && !initial.enabled;
  return (
    <SyncForm
      initial={restored ? { ...initial, ...draft } : initial}
      reloaded={restored}
      withConflicts={withConflicts}
    />
  );
}

function SyncForm({
  initial,
  reloaded,
  withConflicts,
}: {
  initial: SyncConfig;
  reloaded: boolean;
  withConflicts: boolean;
}) {
  const { t } = useTranslation('sync');
  const status = useSyncStatus();
  const [config, setConfig] = useState<SyncConfig>(initial);
  const [password, setPassword] = useState('');
  const [check, setCheck] = useState<{ ok: boolean; text: string } | null>(() =>
    reloaded ? { ok: false, text: t('reloaded') } : null,
  );
  const [preview, setPreview] = useState<FirstConnectionPreview | null>(null);
  const [choice, setChoice] = useState<FirstConnectionChoice>('merge');
  const { busy, run } = useAction();
  const on = status.phase !== 'off';
  const field = (key: 'url' | 'database' | 'user') => ({
    value: config[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
      setConfig({ ...config, [key]: e.currentTarget.value }),
    disabled: on,
  });

  /**
   * A server the page's policy does not name yet reloads the window (desktop: main does, once it lets the server
   * through): what was typed survives it, the password excepted.
   */
  async function withDraft(work: () => Promise<void>) {
    saveSyncDraft({ url: config.url, database: config.database, user: config.user });
    try {
      await work();
    } finally {
      clearSyncDraft();
    }
  }

  async function checkConnection() {
    setCheck(null);
    await withDraft(() =>
      run(
        async () => {
          const count = await appSync.check(config, password);
          setCheck({ ok: true, text: t('check.ok', { count }) });
        },
        { onError: (error) => setCheck({ ok: false, text: errorMessage(error) }) },
      ),
    );
  }

  async function turnOn() {
    setCheck(null);
    await withDraft(() =>
      run(
        async () => {
          const counts = await appSync.preview(config, password);
          setChoice(counts.local === 0 ? 'take' : 'merge');
          setPreview(counts);
        },
        { onError: (error) => setCheck({ ok: false, text: errorMessage(error) }) },
      ),
    );
  }

  /**
   * Off: where the page's policy was narrowed to the server, the page starts again under the outer bound, so that
   * another address can be checked (a narrowed policy cannot be widened in place).
   */
  async function turnOff() {
    await run(async () => {
      await appSync.disable();
      if (connectNarrowedTo() !== undefined) window.location.reload();
    });
  }

  async function connect() {
    await run(
      async () => {
        await appSync.enable(config, password, choice);
        setPreview(null);
        notifySaved(t('enabled'));
      },
      { onError: (error) => setCheck({ ok: false, text: errorMessage(error) }) },
    );
  }

  return (
    <Stack maw={960}>
      <FormSection title={t('server.title')}>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('server.hint')}
          </Text>
          <TextInput label={t('server.url')} placeholder="https://server:6984" {...field('url')} />
          <Group grow>
            <TextInput label={t('server.database')} {...field('database')} />
            <TextInput label={t('server.user')} autoComplete="off" {...field('user')} />
          </Group>
          <PasswordInput
            label={t('server.password')}
            description={t('server.passwordHint')}
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            disabled={on}
            autoComplete="off"
          />
          {check && (
            <Alert color={check.ok ? 'teal' : 'red'} role={check.ok ? 'status' : 'alert'}>
              {check.text}
            </Alert>
          )}
          <Group>
            <Button variant="default" onClick={checkConnection} loading={busy} disabled={on}>
              {t('check.button')}
            </Button>
            <Switch
              label={t('switch')}
              checked={on}
              disabled={busy}
              onChange={(e) => {
                if (e.currentTarget.checked) void turnOn();
                else void turnOff();
              }}
            />
          </Group>
        </Stack>
      </FormSection>
      {withConflicts && <ConflictsList />}
      <Modal opened={preview !== null} onClose={() => setPreview(null)} title={t('preview.title')} size="lg">
        {preview && (
          <Stack>
            <Table withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('preview.what')}</Table.Th>
                  <Table.Th>{t('preview.server')}</Table.Th>
                  <Table.Th>{t('preview.local')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {Object.keys(preview.serverByTable).map((table) => (
                  <Table.Tr key={table}>
                    <Table.Td>{t(`tables.${table}`)}</Table.Td>
                    <Table.Td>{preview.serverByTable[table as keyof typeof preview.serverByTable]}</Table.Td>
                    <Table.Td>{preview.localByTable[table as keyof typeof preview.localByTable]}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Radio.Group value={choice} onChange={(v) => setChoice(v as FirstConnectionChoice)}>
              <Stack gap="xs">
                <Radio value="take" label={t('preview.take')} description={t('preview.takeHint')} />
                <Radio value="merge" label={t('preview.merge')} description={t('preview.mergeHint')} />
              </Stack>
            </Radio.Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                {t('preview.cancel')}
              </Button>
              <Button
                onClick={connect}
                loading={busy}
                color={choice === 'take' && preview.local > 0 ? 'red' : undefined}
              >
                {t('preview.connect')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}
