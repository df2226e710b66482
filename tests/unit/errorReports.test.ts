import { describe, expect, it } from 'vitest';
import { errorReports } from '../../electron/main/core/errorReports';
import { FakeClock } from '../support/fakeClock';
import { RecordingLogger } from '../support/recordingLogger';

describe('errors the windows report', () => {
  it('reach the log, a few per window per ten minutes, then one line says how many were left out', async () => {
    const clock = new FakeClock();
    const log = new RecordingLogger();
    const reports = errorReports(clock, log);
    for (let i = 0; i < 25; i++)
      reports.report('routine', { message: `boom ${i}`, where: 'x.js:1' });
    reports.report('settings', { message: 'other window' });
    expect(log.messages('error')).toHaveLength(11);
    expect(log.messages('error')[0]).toBe('the routine window failed: boom 0');
    expect(log.lines[0]!.detail).toEqual({ where: 'x.js:1' });
    expect(log.messages('error')).toContain('the settings window failed: other window');

    await clock.advance(10 * 60_000);
    reports.report('routine', { message: 'later' });
    expect(log.messages('warn')).toEqual([
      'the routine window reported 15 more errors, not logged',
    ]);
    expect(log.messages('error').at(-1)).toBe('the routine window failed: later');
  });
});
