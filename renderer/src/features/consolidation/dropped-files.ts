/**
 * Files from a drop: plain files as they are, and a dropped folder walked to its `.xlsx` files (other files
 * in a folder — desktop.ini, a note — are not reports and are skipped).
 */
export async function filesFromDrop(transfer: DataTransfer): Promise<File[]> {
  const entries = [...transfer.items]
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => e !== null);
  if (entries.length === 0) return [...transfer.files];
  const out: File[] = [];
  for (const entry of entries) await collect(entry, out, false);
  return out;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

async function collect(entry: FileSystemEntry, out: File[], inFolder: boolean): Promise<void> {
  if (isFile(entry)) {
    if (inFolder && !/\.xlsx$/i.test(entry.name)) return;
    out.push(await new Promise<File>((resolve, reject) => entry.file(resolve, reject)));
  } else if (isDirectory(entry)) {
    const reader = entry.createReader();
    // readEntries answers in batches until an empty one.
    for (;;) {
      const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
        reader.readEntries(resolve, reject),
      );
      if (batch.length === 0) break;
      for (const child of batch) await collect(child, out, true);
    }
  }
}
