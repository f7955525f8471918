#!/usr/bin/env node
// Renders assets/icon.svg into the app icons that electron-builder and the window use:
//   assets/icon.png      512x512 (Linux/window icon, store listings)
//   assets/icon-256.png  256x256
//   assets/icon.ico      16, 24, 32, 48, 64, 128 and 256 px, each entry a PNG (valid in .ico since
//                        Windows Vista; https://learn.microsoft.com/windows/win32/menurc/icons and the
//                        ICONDIR/ICONDIRENTRY layout in https://learn.microsoft.com/previous-versions/ms997538(v=msdn.10)).
// Renderer: rsvg-convert when present (Debian: apt-get install librsvg2-bin), else headless Chromium
// through playwright-core (CHROMIUM_PATH or /usr/bin/chromium). The outputs are committed; run this
// again only after changing the SVG: `node scripts/make-icons.mjs`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const svgPath = join(root, 'assets', 'icon.svg');
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function hasRsvg() {
  const probe = spawnSync('rsvg-convert', ['--version'], { encoding: 'utf8' });
  return probe.status === 0;
}

function renderWithRsvg(size, tmp) {
  const out = join(tmp, `icon-${size}.png`);
  const r = spawnSync('rsvg-convert', ['-w', String(size), '-h', String(size), '-o', out, svgPath], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`rsvg-convert failed for ${size}px: ${r.stderr}`);
  return readFileSync(out);
}

async function renderWithChromium(sizes) {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw new Error(`no rsvg-convert and no Chromium at ${executablePath}`);
  const browser = await chromium.launch({ executablePath, headless: true });
  try {
    const svg = readFileSync(svgPath).toString('base64');
    const out = new Map();
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg}"></body></html>`,
      );
      out.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
      await page.close();
    }
    return out;
  } finally {
    await browser.close();
  }
}

/** Width and height from a PNG's IHDR chunk. */
export function pngSize(png) {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error('not a PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** An .ico container (ICONDIR + one ICONDIRENTRY per image + the PNG payloads), sizes ascending. */
export function buildIco(pngs) {
  const images = [...pngs].sort((a, b) => pngSize(a).width - pngSize(b).width);
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const png of images) {
    const { width, height } = pngSize(png);
    if (width > 256 || height > 256) throw new Error(`an .ico entry is at most 256 px, got ${width}`);
    const e = Buffer.alloc(16);
    e.writeUInt8(width === 256 ? 0 : width, 0); // 0 means 256
    e.writeUInt8(height === 256 ? 0 : height, 1);
    e.writeUInt8(0, 2); // no palette
    e.writeUInt8(0, 3); // reserved
    e.writeUInt16LE(1, 4); // colour planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(png.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += png.length;
    entries.push(e);
  }
  return Buffer.concat([header, ...entries, ...images]);
}

async function main() {
  const sizes = [...ICO_SIZES, 512];
  let rendered;
  if (hasRsvg()) {
    const tmp = mkdtempSync(join(tmpdir(), 'id-icons-'));
    try {
      rendered = new Map(sizes.map((s) => [s, renderWithRsvg(s, tmp)]));
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
    console.log('rendered with rsvg-convert');
  } else {
    rendered = await renderWithChromium(sizes);
    console.log('rendered with headless Chromium');
  }
  for (const [size, png] of rendered) {
    const { width, height } = pngSize(png);
    if (width !== size || height !== size) throw new Error(`expected ${size}px, rendered ${width}x${height}`);
  }
  writeFileSync(join(root, 'assets', 'icon.png'), rendered.get(512));
  writeFileSync(join(root, 'assets', 'icon-256.png'), rendered.get(256));
  writeFileSync(join(root, 'assets', 'icon.ico'), buildIco(ICO_SIZES.map((s) => rendered.get(s))));
  console.log(`wrote assets/icon.png (512), assets/icon-256.png, assets/icon.ico (${ICO_SIZES.join(', ')})`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
