import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSnapshotFile } from '../../electron/main/adapters/snapshotFile';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'backbreak-snapshot-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the snapshot file', () => {
  it('has nothing to load before the first save', () => {
    const onUnreadable = vi.fn();
    expect(
      createSnapshotFile(join(folder, 'sitting-state.json'), { onUnreadable }).load(),
    ).toBeUndefined();
    expect(onUnreadable).not.toHaveBeenCalled();
  });

  it('saves and loads a value, creating its folder, leaving no temporary file behind', async () => {
    const path = join(folder, 'nested', 'sitting-state.json');
    const store = createSnapshotFile(path);
    store.save({ version: 1, phase: 'sitting' });
    store.save({ version: 1, phase: 'away' });
    expect(store.load()).toEqual({ version: 1, phase: 'away' });
    expect(await readdir(join(folder, 'nested'))).toEqual(['sitting-state.json']);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ version: 1, phase: 'away' });
  });

  it('clears a temporary that a write killed before its rename left behind', async () => {
    const path = join(folder, 'sitting-state.json');
    await writeFile(path, '{"version":1}');
    // Far above any process id a system hands out: that process is gone.
    await writeFile(join(folder, '.sitting-state.json.99999999.tmp'), '{"vers');
    const store = createSnapshotFile(path);
    expect(await readdir(folder)).toEqual(['sitting-state.json']);
    expect(store.load()).toEqual({ version: 1 });
  });

  it('reports a corrupt file and loads nothing, without throwing', async () => {
    const path = join(folder, 'sitting-state.json');
    await writeFile(path, '{"version": 1, "sitt');
    const onUnreadable = vi.fn();
    expect(createSnapshotFile(path, { onUnreadable }).load()).toBeUndefined();
    expect(onUnreadable).toHaveBeenCalledWith(
      'The snapshot file is not valid JSON.',
      expect.any(SyntaxError),
    );
  });

  it('reports a path it cannot read as a file', async () => {
    const path = join(folder, 'sitting-state.json');
    await mkdir(path);
    const onUnreadable = vi.fn();
    expect(createSnapshotFile(path, { onUnreadable }).load()).toBeUndefined();
    expect(onUnreadable).toHaveBeenCalledWith(
      'Could not read the snapshot file.',
      expect.anything(),
    );
  });

  it('throws when it cannot replace the file, keeping the old one whole and cleaning up', async () => {
    const path = join(folder, 'sitting-state.json');
    await mkdir(path);
    await writeFile(join(path, 'keep'), 'x');
    expect(() => createSnapshotFile(path).save({ version: 1 })).toThrow();
    expect((await readdir(folder)).sort()).toEqual(['sitting-state.json']);
  });
});
