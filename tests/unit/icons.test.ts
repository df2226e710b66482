import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeIcns,
  decodeIco,
  ICNS_ENTRIES,
  ICO_SIZES,
  LINUX_SIZES,
  pngSize,
} from '../../scripts/iconFormats';

/** The installers' icons, as `npm run icons` wrote them from build/icon.svg. */

const read = (path: string) => readFileSync(resolve(path));
const square = (size: number) => ({ width: size, height: size });

describe('the app icons', () => {
  it('are made from the current build/icon.svg (run `npm run icons` after changing it)', () => {
    const { svgSha256 } = JSON.parse(read('build/icons.json').toString('utf8')) as {
      svgSha256: string;
    };
    expect(createHash('sha256').update(read('build/icon.svg')).digest('hex')).toBe(svgSha256);
  });

  it('come in every size each platform asks for', () => {
    expect(pngSize(read('build/icon.png'))).toEqual(square(1024));
    expect(readdirSync(resolve('build/icons')).sort()).toEqual(
      LINUX_SIZES.map((size) => `${size}x${size}.png`).sort(),
    );
    for (const size of LINUX_SIZES)
      expect(pngSize(read(`build/icons/${size}x${size}.png`))).toEqual(square(size));
    expect(decodeIco(read('build/icon.ico')).map(pngSize)).toEqual(ICO_SIZES.map(square));
    expect(
      decodeIcns(read('build/icon.icns')).map(({ type, data }) => ({ type, ...pngSize(data) })),
    ).toEqual(ICNS_ENTRIES.map(({ type, size }) => ({ type, ...square(size) })));
  });
});
