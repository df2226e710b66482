import { describe, expect, it, vi } from 'vitest';
import { parseHistory } from '../../electron/main/core/historyLog';
import type { BreakPlan } from '../../electron/shared/views';
import { seriousAccessibilityProblems } from '../support/axe';
import type { Harness } from '../support/browserHarness';
import { closingAction, tabTo } from '../support/pageActions';
import { browserSuite } from '../support/browserSuite';

vi.mock('electron', () => import('../support/fakeElectronModule'));

/**
 * The routine window, built, in real Chromium, talking through the contract to the real
 * main-side app: a routine offered by the chooser is played to the end by the keyboard alone
 * with a simulated clock, and lands in the history file on disk.
 */

const start = browserSuite();

const offeredPlan = (h: Harness): BreakPlan => h.app.breaks.view()!.plan;

describe('routine window', () => {
  it('shows the safety note once, previews, plays to the end by keyboard alone and records the break', async () => {
    const h = await start();
    const page = await h.open('routine', { fakeTime: true });

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBeTruthy();
    await page.getByRole('button', { name: 'I understand' }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await h.screenshot(page, 'routine-safety-note');
    await page.keyboard.press('Enter');
    expect(h.readSettingsFile().safetyNoteSeen).toBe(true);

    const plan = offeredPlan(h);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(plan.title);
    expect(await page.getByRole('list', { name: 'Exercises' }).getByRole('listitem').count()).toBe(
      plan.order.length,
    );
    await h.screenshot(page, 'routine-preview');

    // Start has the focus: Enter starts the routine.
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    await h.pass(page, 1_000);
    const first = plan.exercises[plan.segments[0]!.exerciseId]!;
    expect(await page.locator('#exercise-name').textContent()).toBe(first.name);
    expect(await page.locator('[aria-live="polite"]').last().textContent()).toContain('Step 1 of');

    // Space pauses: time passes without the routine moving.
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Resume' }).waitFor();
    const before = await page.getByRole('progressbar').getAttribute('aria-valuenow');
    await h.pass(page, 5_000, 1_000);
    expect(await page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe(before);
    await page.keyboard.press('Space');

    await h.pass(page, plan.totalMs, 1_000);
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await h.screenshot(page, 'routine-done');
    await tabTo(page, 'Better');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => parseHistory(h.readHistoryFile()).records.some((r) => r.type === 'feeling'))
      .toBe(true);

    const records = parseHistory(h.readHistoryFile()).records;
    const taken = records.find((r) => r.type === 'break');
    expect(taken).toMatchObject({
      type: 'break',
      outcome: 'taken',
      routineId: plan.routineId,
      trigger: 'manual',
      plannedMs: plan.totalMs,
      exercises: plan.order,
      stepsSkipped: 0,
    });
    // The real duration by main's clock: the plan plus the five seconds it was paused. Time
    // passed in steps of a second, and the page's "finished" reaches main at either end of one.
    expect(
      Math.abs(taken!.type === 'break' ? taken!.durationMs - (plan.totalMs + 5_000) : Infinity),
    ).toBeLessThanOrEqual(1_000);
    expect(records.find((r) => r.type === 'feeling')).toMatchObject({
      feeling: 'better',
      breakId: taken!.type === 'break' ? taken!.id : '',
    });
    // A finished routine is a break: the sitting clock starts over.
    expect(h.app.engine.status().sittingMs).toBeLessThan(60_000);

    await tabTo(page, 'Close');
    await closingAction(page, () => page.keyboard.press('Enter'));
    expect(h.windowLog).toContain('closed routine');
  });

  it('plays each kind of step, mirrors the left side, and passes axe in light and dark', async () => {
    const h = await start({
      routines: ['quiet-desk-routine'],
      settings: { safetyNoteSeen: true },
    });
    const page = await h.open('routine', { fakeTime: true });
    await page.getByRole('button', { name: 'Start' }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    const plan = offeredPlan(h);
    expect(plan.routineId).toBe('quiet-desk-routine');

    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    let elapsed = 0;
    const goTo = async (at: number) => {
      await h.pass(page, at - elapsed);
      elapsed = at;
    };
    const mirrored = () => page.locator('.figure .stage.mirrored').count();
    const screens: [string, (typeof plan.segments)[number]][] = [
      ['routine-breath', plan.segments.find((s) => s.kind === 'breaths')!],
      ['routine-reps', plan.segments.find((s) => s.kind === 'reps')!],
      ['routine-hold', plan.segments.find((s) => s.kind === 'hold' && s.side === 'right')!],
      ['routine-side-switch', plan.segments.find((s) => s.pause === 'switch-sides')!],
      ['routine-hold-left', plan.segments.find((s) => s.kind === 'hold' && s.side === 'left')!],
    ];
    for (const [name, segment] of screens) {
      await goTo(segment.startMs + Math.min(segment.durationMs / 2, 2_600));
      const exercise = plan.exercises[segment.exerciseId]!;
      expect(await page.locator('#exercise-name').textContent(), name).toBe(exercise.name);
      expect(await mirrored(), name).toBe(segment.side === 'left' ? 1 : 0);
      if (segment.side)
        expect(
          await page
            .getByText(segment.side === 'left' ? 'Left side' : 'Right side', { exact: true })
            .count(),
        ).toBe(1);
      if (segment.kind === 'reps' || segment.kind === 'breaths') {
        expect(await page.getByText(new RegExp(`^\\d+/${segment.count}$`)).count(), name).toBe(1);
        expect(
          await page.getByText(/^Breathe (in|out)$|^Hold the pose, keep breathing$/).count(),
          name,
        ).toBe(1);
      }
      expect(await seriousAccessibilityProblems(page), name).toEqual([]);
      await h.screenshot(page, name);
    }

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await h.screenshot(page, 'routine-hold-dark');
    await page.emulateMedia({ colorScheme: 'light' });

    await goTo(plan.totalMs + 1_000);
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('with reduced motion, holds each key pose still instead of sliding between them', async () => {
    const h = await start({
      routines: ['quiet-desk-routine'],
      settings: { safetyNoteSeen: true },
    });
    const page = await h.open('routine', { fakeTime: true, reducedMotion: 'reduce' });
    await page.getByRole('button', { name: 'Start' }).click();
    const reps = offeredPlan(h).segments.find((s) => s.kind === 'reps')!;
    await h.pass(page, reps.startMs + 300);
    const frame = () =>
      page
        .locator('.part')
        .evaluateAll((parts) => parts.map((p) => p.getAttribute('style')).join('|'));
    const first = await frame();
    await h.pass(page, 900, 300);
    expect(await frame()).toBe(first);
    expect(await page.getByText(/^Breathe (in|out)$|^Hold$/).count()).toBe(1);
  });

  it('records a routine left before half as skipped, and the sitting clock carries on', async () => {
    const h = await start({
      routines: ['quiet-desk-routine'],
      settings: { safetyNoteSeen: true },
    });
    await h.clock.advance(20 * 60_000);
    const sitting = h.app.engine.status().sittingMs;
    const page = await h.open('routine', { fakeTime: true });
    await page.getByRole('button', { name: 'Start' }).click();
    await h.pass(page, 12_000, 1_000);
    await closingAction(page, () => page.keyboard.press('Escape'));
    expect(h.windowLog).toContain('closed routine');
    const taken = parseHistory(h.readHistoryFile()).records.find((r) => r.type === 'break');
    expect(taken).toMatchObject({ outcome: 'skipped', routineId: 'quiet-desk-routine' });
    expect(h.app.engine.status().sittingMs).toBeGreaterThanOrEqual(sitting + 12_000);
  });
});

describe('versions and how it felt', () => {
  it('switches a step to its easier version by keyboard, and a "Worse" answer shows what may help and goes easy', async () => {
    const h = await start({
      settings: { safetyNoteSeen: true, places: ['floor'] },
      routines: ['quick-floor-reset'],
    });
    const page = await h.open('routine', { fakeTime: true });
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('button', { name: 'Pause' }).waitFor();
    expect(await page.locator('#exercise-name').textContent()).toBe('Cat–cow');
    await page.getByRole('button', { name: /^Easier:/ }).waitFor();

    // Down arrow: the easier version, from its get-ready, and remembered for next time.
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#exercise-name').textContent()).not.toBe('Cat–cow');
    const easier = (await page.locator('#exercise-name').textContent())!;
    expect(easier).toMatch(/forearms/i);
    expect(await page.locator('.note').textContent()).toBe('Get ready');
    await page.getByRole('button', { name: /^Harder: Cat–cow$/ }).waitFor();
    expect(h.readSettingsFile().exerciseVersions).toEqual({ 'cat-cow': 'cat-cow-forearms' });
    await h.pass(page, 3_000);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await h.screenshot(page, 'routine-easier');

    await h.pass(page, offeredPlan(h).totalMs, 1_000);
    await page.getByRole('heading', { name: 'Well done' }).waitFor();
    await page.getByRole('button', { name: 'Worse' }).click();
    await page.getByRole('heading', { name: 'Sorry that felt worse' }).waitFor();
    await page.getByRole('note', { name: 'Get help straight away' }).waitFor();
    expect(
      await page.getByText(/Backbreak offers these exercises less often/).textContent(),
    ).toContain('Cat–cow');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await h.screenshot(page, 'routine-worse');

    const eased = (h.readSettingsFile().easeOff as { exercise: string }[]).map((e) => e.exercise);
    expect(eased).toContain('cat-cow');
    expect(parseHistory(h.readHistoryFile()).records.at(-1)).toMatchObject({
      type: 'feeling',
      feeling: 'worse',
    });

    // Settings shows it, and undoes it.
    await closingAction(page, () => page.getByRole('button', { name: 'Close' }).click());
    const settings = await h.open('settings');
    const easing = settings.getByRole('group', { name: 'Going easy after a break felt worse' });
    await easing.getByText(/Cat–cow \(until/).waitFor();
    await easing.getByRole('button', { name: 'Stop going easy' }).click();
    await expect.poll(() => h.readSettingsFile().easeOff).toEqual([]);
    const versions = settings.getByRole('group', { name: 'Versions you chose' });
    await versions.getByRole('button', { name: 'Forget the version chosen for Cat–cow' }).click();
    await expect.poll(() => h.readSettingsFile().exerciseVersions).toEqual({});
  });
});

describe('reminders', () => {
  it('notifies after the interval; Start opens the routine, Not now snoozes and closes it', async () => {
    const h = await start({
      settings: { reminderIntervalMinutes: 10, safetyNoteSeen: true },
    });
    h.pageOptions.fakeTime = true;
    await h.clock.advance(9 * 60_000);
    expect(h.notices.reminders).toEqual([]);
    await h.clock.advance(2 * 60_000);
    expect(h.notices.reminders).toHaveLength(1);
    expect(h.notices.reminders[0]!.body).toMatch(/You have been sitting for 1[01] mins\./);

    // The routine is made ready as the reminder shows; Start shows it.
    expect(h.windowLog).toEqual(['prepare routine']);
    h.notices.last!.start();
    expect(h.windowLog).toEqual(['prepare routine', 'open routine']);
    const page = await h.page('routine');
    await page.getByText(/^You have been sitting for 1[01] mins\.$/).waitFor();
    await closingAction(page, () => page.getByRole('button', { name: /^Not now/ }).click());
    expect(h.windowLog).toContain('closed routine');
    expect(parseHistory(h.readHistoryFile()).records.filter((r) => r.type === 'snooze')).toEqual([
      expect.objectContaining({ minutes: 10 }),
    ]);
  });

  it('opens the routine window by itself, without taking focus, when asked to', async () => {
    const h = await start({
      settings: { reminderIntervalMinutes: 10, reminderStyle: 'open-window' },
    });
    await h.clock.advance(11 * 60_000);
    expect(h.notices.reminders).toEqual([]);
    expect(h.windowLog).toEqual(['open routine (no focus)']);
    expect(h.app.breaks.view()?.trigger).toBe('reminder');
  });
});
