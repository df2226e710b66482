import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ idleSeconds: 0 }));
vi.mock('electron', () => ({
  powerMonitor: { getSystemIdleTime: () => electron.idleSeconds },
}));

const {
  createIdleReaders,
  createLoginctlIdleReader,
  createMutterIdleReader,
  createXprintidleReader,
  parseLoginctlIdle,
  parseMutterIdletime,
  parseXprintidle,
  runCommand,
} = await import('../../electron/main/adapters/idleReaders');

type Calls = { file: string; args: readonly string[] }[];
/** A runCommand that answers from recorded outputs, in order, and remembers what it was asked. */
function recorded(...outputs: (string | null)[]) {
  const calls: Calls = [];
  const run = async (file: string, args: readonly string[]) => {
    calls.push({ file, args });
    return outputs.length > 1 ? (outputs.shift() ?? null) : (outputs[0] ?? null);
  };
  return { run, calls };
}
const x11 = { sessionType: 'x11', display: ':0', sessionId: '3' };
const wayland = { sessionType: 'wayland', display: ':0', sessionId: '3' };

describe('parsing what the idle tools print', () => {
  it('reads GNOME Mutter’s GetIdletime reply in milliseconds', () => {
    expect(parseMutterIdletime('(uint64 12345,)\n')).toBe(12.345);
    expect(parseMutterIdletime('(uint64 0,)')).toBe(0);
    expect(
      parseMutterIdletime('Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown'),
    ).toBeNull();
  });

  it('reads xprintidle’s milliseconds', () => {
    expect(parseXprintidle('4200\n')).toBe(4.2);
    expect(parseXprintidle("couldn't open display\n")).toBeNull();
  });

  it('reads logind’s idle hint: 0 while active, otherwise since the hint in microseconds', () => {
    const now = Date.UTC(2025, 0, 6, 10);
    const since = (now - 600_000) * 1000;
    expect(parseLoginctlIdle('IdleHint=no\nIdleSinceHint=1736150000000000\n', now)).toBe(0);
    expect(parseLoginctlIdle(`IdleHint=yes\nIdleSinceHint=${since}\n`, now)).toBe(600);
    expect(parseLoginctlIdle('IdleHint=yes\nIdleSinceHint=0\n', now)).toBeNull();
    expect(parseLoginctlIdle('Failed to get session: No session', now)).toBeNull();
  });
});

describe('the readers', () => {
  it('Electron’s reader passes powerMonitor’s seconds through', async () => {
    electron.idleSeconds = 42;
    const [reader] = createIdleReaders('darwin');
    expect(reader!.name).toBe('electron');
    await expect(reader!.read()).resolves.toBe(42);
  });

  it('only Linux gets the fallbacks, in the order they are trusted', () => {
    expect(createIdleReaders('win32').map((r) => r.name)).toEqual(['electron']);
    expect(createIdleReaders('linux', {}).map((r) => r.name)).toEqual([
      'electron',
      'mutter',
      'xprintidle',
      'loginctl',
    ]);
  });

  it('asks Mutter over D-Bus with gdbus', async () => {
    const { run, calls } = recorded('(uint64 1500,)');
    await expect(createMutterIdleReader(run).read()).resolves.toBe(1.5);
    expect(calls[0]).toEqual({
      file: 'gdbus',
      args: [
        'call',
        '--session',
        '--dest',
        'org.gnome.Mutter.IdleMonitor',
        '--object-path',
        '/org/gnome/Mutter/IdleMonitor/Core',
        '--method',
        'org.gnome.Mutter.IdleMonitor.GetIdletime',
      ],
    });
  });

  it('keeps xprintidle silent under Wayland, where it would see only X applications', async () => {
    const { run, calls } = recorded('100');
    await expect(createXprintidleReader(wayland, run).read()).resolves.toBeNull();
    await expect(
      createXprintidleReader({ ...x11, display: undefined }, run).read(),
    ).resolves.toBeNull();
    expect(calls).toEqual([]);
    await expect(createXprintidleReader(x11, run).read()).resolves.toBe(0.1);
  });

  it('asks logind about this session, or its own when the session is unknown', async () => {
    const { run, calls } = recorded('IdleHint=no\nIdleSinceHint=0\n');
    await createLoginctlIdleReader(x11, Date.now, run).read();
    await createLoginctlIdleReader({ ...x11, sessionId: undefined }, Date.now, run).read();
    expect(calls.map((c) => c.args[1])).toEqual(['3', 'auto']);
  });

  it('stops spawning a tool that never answered after three tries', async () => {
    const { run, calls } = recorded(null);
    const reader = createMutterIdleReader(run);
    for (let i = 0; i < 10; i++) await reader.read();
    expect(calls).toHaveLength(3);
  });

  it('keeps asking a tool that has answered before, through passing failures', async () => {
    const { run, calls } = recorded('(uint64 1,)', null, null, null, null, '(uint64 2,)');
    const reader = createMutterIdleReader(run);
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await reader.read());
    expect(answers).toEqual([0.001, null, null, null, null, 0.002]);
    expect(calls).toHaveLength(6);
  });
});

describe('runCommand', () => {
  it('resolves with stdout of a program that runs', async () => {
    await expect(runCommand(process.execPath, ['-e', 'process.stdout.write("7")'])).resolves.toBe(
      '7',
    );
  });

  it('resolves with null for a program that is missing or fails', async () => {
    await expect(runCommand('backbreak-no-such-program', [])).resolves.toBeNull();
    await expect(runCommand(process.execPath, ['-e', 'process.exit(3)'])).resolves.toBeNull();
  });
});
