// `npm run icons`: renders resources/icon.svg (the one source image) into resources/icon.png (512 px, for
// electron-builder and Linux) and resources/icon.ico (16–256 px, for the Windows exe, installer, shortcuts
// and the backup-file association). The outputs are committed; run this only when the SVG changes.
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];

const resources = fileURLToPath(new URL('../resources/', import.meta.url));

function render(svg, size) {
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render();
  if (image.width !== size || image.height !== size) throw new Error(`icon.svg is not square (${size})`);
  return image;
}

/** resvg hands out premultiplied RGBA; icon bitmaps want straight alpha in BGRA order, bottom row first. */
function bmpEntry(pixels, size) {
  const maskStride = Math.ceil(size / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  // An icon bitmap's height counts the colour image and the AND mask together.
  header.writeInt32LE(size * 2, 8);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(size * size * 4 + maskStride * size, 20);
  const colour = Buffer.alloc(size * size * 4);
  const mask = Buffer.alloc(maskStride * size);
  for (let y = 0; y < size; y++) {
    const row = size - 1 - y;
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const a = pixels[i + 3];
      const straight = (c) => (a === 0 ? 0 : Math.min(255, Math.round((c * 255) / a)));
      const o = (row * size + x) * 4;
      colour[o] = straight(pixels[i + 2]);
      colour[o + 1] = straight(pixels[i + 1]);
      colour[o + 2] = straight(pixels[i]);
      colour[o + 3] = a;
      if (a === 0) mask[row * maskStride + (x >> 3)] |= 0x80 >> (x & 7);
    }
  }
  return Buffer.concat([header, colour, mask]);
}

/**
 * Classic BMP entries up to 128 px (every Windows shell and NSIS read them) and a PNG entry at 256 px, as
 * Windows' own icons do.
 */
export function buildIco(svg) {
  const images = ICO_SIZES.map((size) => {
    const image = render(svg, size);
    return { size, data: size >= 256 ? Buffer.from(image.asPng()) : bmpEntry(image.pixels, size) };
  });
  const head = Buffer.alloc(6 + 16 * images.length);
  head.writeUInt16LE(0, 0);
  head.writeUInt16LE(1, 2);
  head.writeUInt16LE(images.length, 4);
  let offset = head.length;
  images.forEach(({ size, data }, index) => {
    const e = 6 + 16 * index;
    head.writeUInt8(size >= 256 ? 0 : size, e);
    head.writeUInt8(size >= 256 ? 0 : size, e + 1);
    head.writeUInt8(0, e + 2);
    head.writeUInt8(0, e + 3);
    head.writeUInt16LE(1, e + 4);
    head.writeUInt16LE(32, e + 6);
    head.writeUInt32LE(data.length, e + 8);
    head.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([head, ...images.map((i) => i.data)]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const svg = readFileSync(`${resources}icon.svg`);
  writeFileSync(`${resources}icon.ico`, buildIco(svg));
  writeFileSync(`${resources}icon.png`, render(svg, 512).asPng());
  console.log(`resources/icon.ico (${ICO_SIZES.join(', ')} px), resources/icon.png (512 px)`);
}
