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

interface OpenRead {
  owner: number;
  file: fs.FileHandle;
  size: number;
}

/**
 * Files read in parts (a backup restored record by record, docs/backup-format.md §8): the person picked the file
 * in the open dialog, main keeps it open under a random handle bound to that window, and the renderer asks for
 * byte ranges of at most `MAX_WRITE_CHUNK`. Closed by the renderer when the restore ends, or when the window goes.
 */
export function createFileReads() {
  const open = new Map<string, OpenRead>();

  function owned(handle: string, owner: number): OpenRead {
    const read = open.get(handle);
    if (!read || read.owner !== owner) throw new FileWriteRefusal('Неизвестное или закрытое чтение файла');
    return read;
  }

  return {
    async open(owner: number, filePath: string): Promise<{ handle: string; size: number }> {
      if ([...open.values()].filter((r) => r.owner === owner).length >= MAX_OPEN_PER_OWNER)
        throw new FileWriteRefusal('Слишком много открытых файлов');
      const file = await fs.open(filePath, 'r');
      try {
        const { size } = await file.stat();
        const handle = randomUUID();
        open.set(handle, { owner, file, size });
        return { handle, size };
      } catch (error) {
        await file.close();
        throw error;
      }
    },

    /** Bytes `start`..`end` (end excluded), cut at the file's end. */
    async read(owner: number, handle: string, start: number, end: number): Promise<Uint8Array> {
      const read = owned(handle, owner);
      const length = Math.max(0, Math.min(end, read.size) - start);
      const buffer = new Uint8Array(length);
      let done = 0;
      while (done < length) {
        const { bytesRead } = await read.file.read(buffer, done, length - done, start + done);
        if (bytesRead === 0) break;
        done += bytesRead;
      }
      return done === length ? buffer : buffer.subarray(0, done);
    },

    async close(owner: number, handle: string): Promise<void> {
      const read = owned(handle, owner);
      open.delete(handle);
      await read.file.close();
    },

    async abandon(owner: number): Promise<void> {
      for (const [handle, read] of [...open]) {
        if (read.owner !== owner) continue;
        open.delete(handle);
        await read.file.close().catch(() => undefined);
      }
    },

    openCount: () => open.size,
  };
}
