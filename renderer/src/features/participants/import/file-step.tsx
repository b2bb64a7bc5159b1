import { useState, type DragEvent } from 'react';
import { Button, Paper, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../../platform';
import classes from './file-step.module.css';

/** Step 1: a file by drag-and-drop or through the file dialog. */
export function FileStep({ onFile }: { onFile: (f: { name: string; bytes: Uint8Array }) => void }) {
  const { t } = useTranslation('participants');
  const [over, setOver] = useState(false);

  async function choose() {
    const file = await platform.openFile([
      { name: t('import.filter'), extensions: ['xlsx', 'csv', 'txt'] },
      { name: t('import.filterAll'), extensions: ['*'] },
    ]);
    if (file) onFile({ name: file.name, bytes: file.data });
  }

  async function onDrop(e: DragEvent<HTMLDivElement>) {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (!f) return;
    onFile({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  }

  return (
    <Paper
      withBorder
      radius="md"
      p="xl"
      className={over ? `${classes.drop} ${classes.over}` : classes.drop}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void onDrop(e)}
      aria-label={t('import.dropLabel')}
      role="region"
    >
      <Stack align="center" gap="sm" py="xl">
        <ThemeIcon size={56} radius="xl" variant="light">
          <IconFileSpreadsheet size={30} />
        </ThemeIcon>
        <Text fw={600} size="lg">
          {t('import.dropTitle')}
        </Text>
        <Text c="dimmed" ta="center" maw={620} size="sm">
          {t('import.dropText')}
        </Text>
        <Button onClick={() => void choose()}>{t('import.choose')}</Button>
      </Stack>
    </Paper>
  );
}
