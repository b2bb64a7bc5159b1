import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';

/**
 * Files written in parts (docs/backup-format.md §8): the renderer sends a backup of any size slice by slice, so
 * neither process holds it whole. Each write goes to a temporary file next to its target and is renamed into
 * place only when finished (fsync first), so a crash or a closed window never leaves a half-written file under
 * the final name. A handle is a random id bound to the window (`webContents` id) that opened it: another window
 * cannot append to it, and when its window goes away its temporary files are deleted.
 */

export class FileWriteRefusal extends Error {}

/** Open writes per window: an app that never forgets a handle needs one or two. */
const MAX_OPEN_PER_OWNER = 4;

interface OpenWrite {
  owner: number;
  temp: string;
  target: string;
  file: fs.FileHandle;
  /** Appends of one handle are written one after the other, in the order they arrived. */
  queue: Promise<unknown>;
  /** Runs after the rename (the automatic copies' pruning). */
  afterFinish?: () => Promise<void>;
}

export function createFileWrites() {
  const open = new Map<string, OpenWrite>();

  function owned(handle: string, owner: number): OpenWrite {
    const write = open.get(handle);
    // One answer for "unknown", "finished" and "another window's": none of them may learn which it was.
    if (!write || write.owner !== owner)
      throw new FileWriteRefusal('Неизвестная или завершённая запись файла');
    return write;
  }

  async function discard(handle: string, write: OpenWrite): Promise<void> {
    open.delete(handle);
    await write.queue.catch(() => undefined);
    await write.file.close().catch(() => undefined);
    await fs.rm(write.temp, { force: true });
  }

  return {
    /** Opens `target`'s temporary file for `owner`; resolves to the handle. */
    async begin(owner: number, target: string, afterFinish?: () => Promise<void>): Promise<string> {
      if ([...open.values()].filter((w) => w.owner === owner).length >= MAX_OPEN_PER_OWNER)
        throw new FileWriteRefusal('Слишком много незавершённых записей файлов');
      const handle = randomUUID();
      const temp = `${target}.${handle}.part`;
      // 'wx': never reuse or follow an existing file.
      const file = await fs.open(temp, 'wx');
      open.set(handle, { owner, temp, target, file, queue: Promise.resolve(), afterFinish });
      return handle;
    },

    async append(owner: number, handle: string, bytes: Uint8Array): Promise<void> {
      const write = owned(handle, owner);
      const next = write.queue.then(async () => {
        await write.file.write(bytes);
      });
      write.queue = next;
      await next;
    },

    /** Flushes to disk and renames into place; on any failure the temporary file is deleted. */
    async finish(owner: number, handle: string): Promise<string> {
      const write = owned(handle, owner);
      // Taken off at once: a second finish (or an append racing it) is refused, not run twice.
      open.delete(handle);
      try {
        await write.queue;
        await write.file.sync();
        await write.file.close();
        await fs.rename(write.temp, write.target);
      } catch (error) {
        await write.file.close().catch(() => undefined);
        await fs.rm(write.temp, { force: true });
        throw error;
      }
      await write.afterFinish?.();
      return write.target;
    },

    async abort(owner: number, handle: string): Promise<void> {
      await discard(handle, owned(handle, owner));
    },

    /** The window went away: its unfinished files are deleted. */
    async abandon(owner: number): Promise<void> {
      for (const [handle, write] of [...open]) if (write.owner === owner) await discard(handle, write);
    },

    openCount: () => open.size,
  };
}

export type FileWrites = ReturnType<typeof createFileWrites>;
