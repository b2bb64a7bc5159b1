import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Test helpers of the QR attendance specs: a grey image read from a rendered PDF page (PGM), a crop of it,
 * and a tiny Y4M writer for Chromium's fake camera (`--use-file-for-fake-video-capture`).
 */

export interface Gray {
  width: number;
  height: number;
  /** One byte per pixel, rows top to bottom. */
  pixels: Uint8Array;
}

/** Renders one page of a PDF in grey at `dpi` with pdftoppm and reads the PGM (P5) it writes. */
export function renderPageGray(pdf: string, page: number, dpi: number, outPrefix: string): Gray {
  execFileSync('pdftoppm', [
    '-gray',
    '-r',
    String(dpi),
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    outPrefix,
  ]);
  const bytes = readFileSync(`${outPrefix}.pgm`);
  // Header: "P5", width, height, maxval, each separated by whitespace, then one whitespace byte.
  let pos = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(bytes[pos]!))) pos++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(bytes[pos]!))) field += String.fromCharCode(bytes[pos++]!);
    fields.push(field);
  }
  pos++;
  if (fields[0] !== 'P5' || fields[3] !== '255') throw new Error(`not an 8-bit PGM: ${fields.join(' ')}`);
  const width = Number(fields[1]);
  const height = Number(fields[2]);
  return { width, height, pixels: bytes.subarray(pos, pos + width * height) };
}

export function crop(image: Gray, x: number, y: number, width: number, height: number): Gray {
  const pixels = new Uint8Array(width * height);
  for (let row = 0; row < height; row++) {
    const from = (y + row) * image.width + x;
    pixels.set(image.pixels.subarray(from, from + width), row * width);
  }
  return { width, height, pixels };
}

/** A frame of `width`×`height` (even numbers), white, with `image` in its centre. */
export function frameWith(image: Gray | null, width: number, height: number): Gray {
  const pixels = new Uint8Array(width * height).fill(255);
  if (image) {
    const left = Math.floor((width - image.width) / 2);
    const top = Math.floor((height - image.height) / 2);
    for (let row = 0; row < image.height; row++) {
      pixels.set(
        image.pixels.subarray(row * image.width, (row + 1) * image.width),
        (top + row) * width + left,
      );
    }
  }
  return { width, height, pixels };
}

/**
 * Writes a Y4M video of `frames` copies of a grey frame: the header, then per frame `FRAME\n`, the Y plane and
 * the two quarter-size chroma planes at 128 (no colour). Chromium loops the file.
 */
export function writeY4m(path: string, frame: Gray, frames = 5): void {
  const header = Buffer.from(`YUV4MPEG2 W${frame.width} H${frame.height} F10:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const chroma = Buffer.alloc((frame.width / 2) * (frame.height / 2) * 2, 128);
  const one = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), Buffer.from(frame.pixels), chroma]);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: frames }, () => one)]));
}

/** Every QR code zbarimg finds in the image files, as text. */
export function zbarDecode(files: string[]): string[] {
  const out = execFileSync('zbarimg', ['--quiet', '--raw', '-Sdisable', '-Sqrcode.enable', ...files], {
    encoding: 'utf8',
  });
  return out.split('\n').filter(Boolean);
}
