import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSettingsService } from '../../electron/main/services/settingsService';
import { ChangeNotFollowed } from '../../electron/main/services/settingsService';
import { MemorySettingsStorage } from '../support/memorySettingsStorage';
import { RecordingLogger } from '../support/recordingLogger';
import {
  SETTINGS_LIMITS,
  type NumberLimit,
  type NumberSettingKey,
} from '../../electron/shared/settingsLimits';
import {
  defaultSettings,
  type Settings,
  type SettingsPatch,
} from '../../electron/shared/settingsSchema';
import type { BusySupport, EngineStatus, LibraryView } from '../../electron/shared/views';
import SettingsWindow from '../../renderer/src/settings/SettingsWindow.svelte';
import { installFakeBridge } from './fakeBridge';
import { Refusal } from '../../electron/main/core/refusal';
import { messagesFor, type Messages } from '../../electron/shared/i18n/messages';
import { pageTexts, wordsOutsideCatalogue } from '../support/pageTexts';
import type { Speech } from '../../electron/shared/i18n/locales';
import { speak } from '../../renderer/src/ui/words.svelte';

const en = messagesFor('en', 'en-GB');

// jsdom has no modal dialogs; this stands in for the two calls the reset dialog makes.
beforeAll(() => {
  const proto = HTMLDialogElement.prototype;
  if (!proto.showModal) {
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    proto.close = function (this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  }
});

/** A checkbox's whole label as a person reads it. */
const labelText = (box: HTMLElement) =>
  box.closest('label')!.textContent!.replace(/\s+/g, ' ').trim();

afterEach(() => {
  delete window.backbreak;
  delete document.documentElement.dataset.theme;
});

const library: LibraryView = {
  exercises: [
    { id: 'cat-cow', name: 'Seated cat-cow', place: 'chair' },
    { id: 'seated-twist', name: 'Seated twist', place: 'chair' },
    { id: 'wall-angels', name: 'Wall angels', place: 'standing' },
  ],
  routines: [
    { id: 'desk-reset', title: 'Desk reset', minutes: 3, places: ['chair'], source: 'bundled' },
    { id: 'my-own', title: 'My own', minutes: 4, places: ['floor'], source: 'user' },
  ],
  missingTexts: [],
  problems: [{ file: 'broken.json', message: 'steps.0.exercise: Unknown exercise "neck-roll".' }],
  userFolder: '/home/sam/.config/Backbreak/routines',
};

const okStatus: EngineStatus = {
  activity: 'sitting',
  sittingMs: 0,
  sittingSince: 0,
  hold: 'none',
  waiting: null,
  pausedUntil: null,
  snoozedUntil: null,
  nextReminderAt: null,
  remindersSent: 0,
  withinWorkingHours: true,
  idleDetection: { state: 'ok', source: 'electron' },
};

const allReadable: BusySupport = {
  camera: { state: 'readable' },
  microphone: { state: 'readable' },
  'do-not-disturb': { state: 'readable' },
  'full-screen': { state: 'readable' },
  'front-app': { state: 'readable' },
};

const limitedStatus: EngineStatus = {
  ...okStatus,
  idleDetection: {
    state: 'limited',
    source: null,
  },
};

/**
 * Opens the window against the real settings service (on a settings file in memory) behind the
 * real IPC guard, so a refused value is refused for the same reason, in the same words, as in
 * the app.
 */
async function openSettings(
  options: {
    notices?: string[];
    status?: EngineStatus;
    settings?: Settings;
    busySupport?: BusySupport;
    library?: LibraryView;
    /** The words main answers in, and the window speaks (see `speakingAs`). */
    words?: Messages;
  } = {},
) {
  const words = options.words ?? en;
  const storage = new MemorySettingsStorage(options.settings ?? defaultSettings());
  const service = createSettingsService({
    storage,
    clock: { now: () => 0, monotonic: () => 0 },
    log: new RecordingLogger(),
    words: () => words,
  });
  const bridge = installFakeBridge('settings', {
    getSettings: () => ({
      settings: service.current(),
      notices: options.notices ?? [],
      locale: 'en',
      tag: 'en-GB',
    }),
    getLibrary: options.library ?? library,
    getStatus: options.status ?? okStatus,
    getBusySupport: options.busySupport ?? allReadable,
    updateSettings: (patch: SettingsPatch) => service.update(patch),
    resetSettings: () => service.reset(),
    closeWindow: undefined,
  });
  const saved = {
    get settings() {
      return service.current();
    },
  };
  render(SettingsWindow);
  await screen.findByRole('heading', { name: words.settings.sections.reminders });
  return { bridge, saved, service, storage, user: userEvent.setup() };
}

describe('settings window: what it shows', () => {
  it('labels every number with its unit, range and default', async () => {
    await openSettings();
    for (const [key, limit] of Object.entries(SETTINGS_LIMITS) as [
      NumberSettingKey,
      NumberLimit,
    ][]) {
      const field = screen.getByLabelText(en.units.numberLabel(key));
      expect(field).toHaveValue(key === 'chimeVolume' ? String(limit.default) : limit.default);
      expect(field).toHaveAccessibleDescription(
        expect.stringContaining(`default ${limit.default}`),
      );
    }
    expect(screen.getByLabelText('Remind me after sitting for')).toHaveAccessibleDescription(
      '10 to 120 minutes · default 45',
    );
    expect(screen.getByLabelText('Reminders before going quiet')).toHaveAccessibleDescription(
      '1 to 10 reminders · default 3',
    );
    expect(screen.getByLabelText('Daily goal for a streak')).toHaveAccessibleDescription(
      '1 to 20 breaks · default 4',
    );
    expect(screen.getByLabelText('Chime volume')).toHaveAccessibleDescription(
      '0 is silent · default 50%',
    );
    expect(screen.getByText('50%')).toBeInTheDocument();
  });

  it('shows the other settings as switches, choices and checkboxes with their defaults', async () => {
    await openSettings();
    for (const name of [
      'Remind me outside working hours',
      'Spoken guidance',
      'Keep the routine window on top',
      'Start Backbreak when I log in',
    ]) {
      const control = screen.getByRole('switch', { name });
      expect(control).not.toBeChecked();
      expect(control).toHaveAccessibleDescription(expect.stringContaining('Default: off.'));
    }
    const style = screen.getByRole('group', { name: 'When it is time for a break' });
    expect(within(style).getByRole('radio', { name: 'Show a notification' })).toBeChecked();
    expect(
      within(style).getByRole('radio', { name: 'Open the routine window by itself' }),
    ).not.toBeChecked();
    const theme = screen.getByRole('group', { name: 'Theme' });
    expect(within(theme).getByRole('radio', { name: 'System' })).toBeChecked();
    const places = screen.getByRole('group', { name: 'Where you can exercise' });
    expect(places).toHaveAccessibleDescription('Default: chair and standing.');
    expect(within(places).getByRole('checkbox', { name: 'Chair' })).toBeChecked();
    expect(within(places).getByRole('checkbox', { name: 'Floor' })).not.toBeChecked();
    const equipment = screen.getByRole('group', { name: 'What you have to hand' });
    expect(
      within(equipment)
        .getAllByRole('checkbox')
        .map((box) => (box as HTMLInputElement).checked),
    ).toEqual([true, false, false, false]);
    expect(screen.getByRole('group', { name: 'Working hours' })).toHaveAccessibleDescription(
      'Reminders come only within these hours. Hours that end before they start run past midnight into the next day. Default: Monday to Friday 09:00–18:00.',
    );
    expect(screen.getByRole('group', { name: 'Monday' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Saturday' })).getByText('No reminders'),
    ).toBeInTheDocument();
  });

  it('lists the library to pick from, and the routine files that could not be used', async () => {
    await openSettings();
    const favourites = screen.getByRole('group', { name: 'Favourite routines' });
    expect(
      within(favourites)
        .getAllByRole('checkbox')
        .map((box) => labelText(box)),
    ).toEqual(['Desk reset 3 mins · chair', 'My own 4 mins · floor · yours']);
    expect(screen.getByText('broken.json')).toBeInTheDocument();
    expect(screen.getByText(/Unknown exercise "neck-roll"/)).toBeInTheDocument();
    expect(screen.getByText('/home/sam/.config/Backbreak/routines')).toBeInTheDocument();
    // How much of that folder is read, in the same words as the README.
    expect(
      screen.getByText(
        'Backbreak reads up to 100 .json files there, each up to 256 KB and 2 MB in all, in folders up to 3 levels deep and 1,000 names in all. It does not follow links that lead out of the folder.',
      ),
    ).toBeInTheDocument();
  });

  it('shows a repaired-file notice at the top until dismissed', async () => {
    const { user } = await openSettings({
      notices: ['Some settings had values Backbreak cannot use.'],
    });
    const notice = screen.getByRole('region', { name: 'About your settings file' });
    expect(notice).toHaveTextContent('Some settings had values Backbreak cannot use.');
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(
      screen.queryByRole('region', { name: 'About your settings file' }),
    ).not.toBeInTheDocument();
  });

  it('explains limited idle detection, also when it becomes limited later', async () => {
    const { bridge } = await openSettings();
    expect(screen.queryByText('Idle detection is limited')).not.toBeInTheDocument();
    bridge.emit('statusChanged', limitedStatus);
    expect(
      await screen.findByRole('note', { name: 'Idle detection is limited' }),
    ).toHaveTextContent(en.settings.idleLimited);
  });
});

describe('settings window: changing things', () => {
  it('sends a valid number and says it was saved', async () => {
    const { bridge, saved, user } = await openSettings();
    const interval = screen.getByLabelText('Remind me after sitting for');
    await user.clear(interval);
    await user.type(interval, '30');
    await user.tab();
    expect(bridge.updateSettings).toHaveBeenCalledWith({ reminderIntervalMinutes: 30 });
    expect(await screen.findByRole('status')).toHaveTextContent('Saved');
    expect(interval).not.toHaveAttribute('aria-invalid');
    expect(saved.settings.reminderIntervalMinutes).toBe(30);
  });

  it('refuses a number out of range: message beside the field, typed text kept, nothing saved', async () => {
    const { saved, user } = await openSettings();
    const interval = screen.getByLabelText('Remind me after sitting for');
    await user.clear(interval);
    await user.type(interval, '200');
    await user.tab();
    const message = 'Choose a whole number from 10 to 120 minutes.';
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(interval).toHaveAttribute('aria-invalid', 'true');
    expect(interval).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(interval).toHaveValue(200);
    expect(saved.settings.reminderIntervalMinutes).toBe(45);
    expect(screen.getByRole('status')).toHaveTextContent('');

    // Putting it right clears the message.
    await user.clear(interval);
    await user.type(interval, '60');
    await user.tab();
    await waitFor(() => expect(screen.queryByText(message)).not.toBeInTheDocument());
    expect(interval).not.toHaveAttribute('aria-invalid');
    expect(saved.settings.reminderIntervalMinutes).toBe(60);
  });

  it('says what is wrong with an empty number without asking main', async () => {
    const { bridge, user } = await openSettings();
    const goal = screen.getByLabelText('Daily goal for a streak');
    await user.clear(goal);
    await user.tab();
    expect(
      await screen.findByText('Choose a whole number from 1 to 20 breaks.'),
    ).toBeInTheDocument();
    expect(goal).toHaveAttribute('aria-invalid', 'true');
    expect(bridge.updateSettings).not.toHaveBeenCalled();
  });

  it('keeps a refused entry when other settings change, but not when its own does', async () => {
    const { bridge, saved, user } = await openSettings();
    const snooze = screen.getByLabelText('Snooze for');
    await user.clear(snooze);
    await user.type(snooze, '99');
    await user.tab();
    await screen.findByText('Choose a whole number from 1 to 60 minutes.');

    await user.click(screen.getByRole('switch', { name: 'Spoken guidance' }));
    await waitFor(() => expect(saved.settings.voiceGuidance).toBe(true));
    bridge.emit('settingsChanged', {
      locale: 'en',
      tag: 'en-GB',
      notices: [],
      settings: saved.settings,
    });
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Spoken guidance' })).toBeChecked(),
    );
    expect(snooze).toHaveValue(99);
    expect(snooze).toHaveAttribute('aria-invalid', 'true');

    bridge.emit('settingsChanged', {
      locale: 'en',
      tag: 'en-GB',
      notices: [],
      settings: { ...saved.settings, snoozeMinutes: 15 },
    });
    await waitFor(() => expect(snooze).toHaveValue(15));
    expect(snooze).not.toHaveAttribute('aria-invalid');
  });

  it('says beside the field when the change cannot be saved, and keeps the entry', async () => {
    const { storage, user } = await openSettings();
    storage.readOnly = true;
    const onTop = screen.getByRole('switch', { name: 'Keep the routine window on top' });
    await user.click(onTop);
    expect(await screen.findByText(en.settingsFile.notSaved)).toBeInTheDocument();
    expect(onTop).toHaveAttribute('aria-invalid', 'true');
    expect(onTop).toHaveAccessibleDescription(expect.stringContaining(en.settingsFile.notSaved));
    expect(onTop).toBeChecked();
  });

  it('puts the keyboard back on a refused field after tabbing on', async () => {
    const { user } = await openSettings();
    const snooze = screen.getByLabelText('Snooze for');
    await user.clear(snooze);
    await user.type(snooze, '0');
    await user.tab();
    await screen.findByText('Choose a whole number from 1 to 60 minutes.');
    await waitFor(() => expect(snooze).toHaveFocus());
  });

  it('says so when a change was saved but a part of the desktop could not follow it', async () => {
    const { service, user } = await openSettings();
    const warning =
      'Saved, but Backbreak could not change whether it starts at login: Backbreak is not allowed to use it.';
    // The login item, as the app follows the setting, refusing.
    service.onChange(({ settings: next, previous }) => {
      if (next.launchAtLogin !== previous.launchAtLogin && next.launchAtLogin)
        throw new ChangeNotFollowed(warning);
    });
    await user.click(screen.getByRole('switch', { name: 'Start Backbreak when I log in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(warning);
    expect(screen.getByRole('switch', { name: 'Start Backbreak when I log in' })).toBeChecked();
    // The next change that goes through cleanly clears it.
    await user.click(screen.getByRole('switch', { name: 'Spoken guidance' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('flips switches from the keyboard', async () => {
    const { bridge, user } = await openSettings();
    screen.getByRole('switch', { name: 'Start Backbreak when I log in' }).focus();
    await user.keyboard(' ');
    expect(bridge.updateSettings).toHaveBeenCalledWith({ launchAtLogin: true });
    await waitFor(() =>
      expect(screen.getByRole('switch', { name: 'Start Backbreak when I log in' })).toBeChecked(),
    );
  });

  it('applies a theme at once', async () => {
    const { bridge, user } = await openSettings();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(bridge.updateSettings).toHaveBeenCalledWith({ theme: 'dark' });
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    await user.click(screen.getByRole('radio', { name: 'System' }));
    await waitFor(() => expect(document.documentElement.dataset.theme).toBeUndefined());
  });

  it('chooses how a reminder arrives', async () => {
    const { bridge, user } = await openSettings();
    await user.click(screen.getByRole('radio', { name: 'Open the routine window by itself' }));
    expect(bridge.updateSettings).toHaveBeenCalledWith({ reminderStyle: 'open-window' });
  });

  it('needs at least one place, and says so', async () => {
    const { bridge, saved, user } = await openSettings();
    const places = screen.getByRole('group', { name: 'Where you can exercise' });
    await user.click(within(places).getByRole('checkbox', { name: 'Floor' }));
    expect(bridge.updateSettings).toHaveBeenLastCalledWith({
      places: ['chair', 'standing', 'floor'],
    });
    await user.click(within(places).getByRole('checkbox', { name: 'Chair' }));
    await user.click(within(places).getByRole('checkbox', { name: 'Standing' }));
    await user.click(within(places).getByRole('checkbox', { name: 'Floor' }));
    expect(
      await within(places).findByText('Pick at least one place where you can exercise.'),
    ).toBeInTheDocument();
    expect(saved.settings.places).toEqual(['floor']);
    expect(within(places).getByRole('checkbox', { name: 'Floor' })).not.toBeChecked();
  });

  it('saves equipment in a fixed order whatever the order of clicks', async () => {
    const { bridge, user } = await openSettings();
    const equipment = screen.getByRole('group', { name: 'What you have to hand' });
    await user.click(within(equipment).getByRole('checkbox', { name: 'Exercise band' }));
    await user.click(within(equipment).getByRole('checkbox', { name: 'Doorway' }));
    expect(bridge.updateSettings).toHaveBeenLastCalledWith({
      equipment: ['wall', 'doorway', 'band'],
    });
  });

  it('finds exercises to leave out by name', async () => {
    const { bridge, user } = await openSettings();
    const excluded = screen.getByRole('group', { name: 'Exercises to leave out' });
    await user.type(within(excluded).getByRole('searchbox', { name: 'Find an exercise' }), 'TWIST');
    expect(
      within(excluded)
        .getAllByRole('checkbox')
        .map((box) => labelText(box)),
    ).toEqual(['Seated twist Chair']);
    await user.click(within(excluded).getByRole('checkbox', { name: /Seated twist/ }));
    expect(bridge.updateSettings).toHaveBeenCalledWith({ excludedExercises: ['seated-twist'] });
    await user.clear(within(excluded).getByRole('searchbox'));
    await user.type(within(excluded).getByRole('searchbox'), 'yoga');
    expect(within(excluded).getByText('Nothing matches “yoga”.')).toBeInTheDocument();
  });

  it('marks favourite routines, and keeps one the library lost so it can be unmarked', async () => {
    const { bridge, user } = await openSettings({
      settings: { ...defaultSettings(), favouriteRoutines: ['gone-routine'] },
    });
    const favourites = screen.getByRole('group', { name: 'Favourite routines' });
    const gone = within(favourites).getByRole('checkbox', { name: /gone-routine/ });
    expect(gone).toBeChecked();
    expect(gone.closest('label')).toHaveTextContent('no longer in your library');
    await user.click(within(favourites).getByRole('checkbox', { name: /Desk reset/ }));
    expect(bridge.updateSettings).toHaveBeenLastCalledWith({
      favouriteRoutines: ['gone-routine', 'desk-reset'],
    });
  });

  it('shows the chime volume while dragging and saves it when let go', async () => {
    const { bridge } = await openSettings();
    const volume = screen.getByLabelText('Chime volume');
    await fireEvent.input(volume, { target: { value: '70' } });
    expect(screen.getByText('70%')).toBeInTheDocument();
    expect(bridge.updateSettings).not.toHaveBeenCalled();
    await fireEvent.change(volume);
    expect(bridge.updateSettings).toHaveBeenCalledWith({ chimeVolume: 70 });
  });
});

describe('settings window: working hours', () => {
  it('adds hours to a free day and removes a range', async () => {
    const { bridge, user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Add hours on Saturday' }));
    expect(bridge.updateSettings).toHaveBeenLastCalledWith({
      workingHours: expect.objectContaining({ sat: [{ start: '09:00', end: '18:00' }] }),
    });
    await waitFor(() => expect(screen.getByLabelText('Saturday, from')).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Remove Monday, 09:00 to 18:00' }));
    expect(bridge.updateSettings).toHaveBeenLastCalledWith({
      workingHours: expect.objectContaining({ mon: [] }),
    });
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Add hours on Monday' })).toHaveFocus(),
    );
    expect(
      within(screen.getByRole('group', { name: 'Monday' })).getByText('No reminders'),
    ).toBeInTheDocument();
  });

  it('adds a second range after the first and shows an overlap beside the day', async () => {
    const { bridge, saved, user } = await openSettings();
    await user.click(screen.getByRole('button', { name: 'Add hours on Tuesday' }));
    expect(bridge.updateSettings).toHaveBeenLastCalledWith({
      workingHours: expect.objectContaining({
        tue: [
          { start: '09:00', end: '18:00' },
          { start: '18:00', end: '19:00' },
        ],
      }),
    });
    const start = await screen.findByLabelText('Tuesday, hours 2, from');
    await fireEvent.change(start, { target: { value: '17:00' } });
    const message = 'Ranges on the same day must not overlap.';
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(start).toHaveAccessibleDescription(message);
    expect(start).toHaveValue('17:00');
    expect(saved.settings.workingHours.tue).toEqual([
      { start: '09:00', end: '18:00' },
      { start: '18:00', end: '19:00' },
    ]);
  });

  it('takes hours that run past midnight, and says they end the next day', async () => {
    const { saved } = await openSettings();
    const end = screen.getByLabelText('Wednesday, until');
    await fireEvent.change(end, { target: { value: '08:00' } });
    await waitFor(() =>
      expect(saved.settings.workingHours.wed).toEqual([{ start: '09:00', end: '08:00' }]),
    );
    expect(end).not.toHaveAttribute('aria-invalid');
    expect(
      within(screen.getByRole('group', { name: 'Wednesday' })).getByText('next day'),
    ).toBeInTheDocument();
  });

  it('marks a range that ends when it starts, and moves the keyboard there', async () => {
    const { saved } = await openSettings();
    const end = screen.getByLabelText('Thursday, until');
    await fireEvent.change(end, { target: { value: '09:00' } });
    expect(
      await screen.findByText('A range needs an end that differs from its start.'),
    ).toBeInTheDocument();
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Thursday, from')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Friday, until')).not.toHaveAttribute('aria-invalid');
    await waitFor(() => expect(screen.getByLabelText('Thursday, from')).toHaveFocus());
    expect(saved.settings.workingHours.thu).toEqual([{ start: '09:00', end: '18:00' }]);
  });
});

describe('settings window: reset', () => {
  it('asks first; Escape and Cancel keep everything', async () => {
    const { bridge, user } = await openSettings();
    const reset = screen.getByRole('button', { name: 'Reset to defaults…' });
    await user.click(reset);
    const dialog = screen.getByRole('dialog', { name: 'Reset all settings?' });
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(dialog).not.toHaveAttribute('open');
    expect(reset).toHaveFocus();

    await user.keyboard('{Enter}');
    expect(dialog).toHaveAttribute('open');
    await user.keyboard('{Enter}');
    expect(dialog).not.toHaveAttribute('open');
    expect(bridge.resetSettings).not.toHaveBeenCalled();
  });

  it('resets on confirm, clearing entries and messages', async () => {
    const { bridge, user } = await openSettings({
      settings: { ...defaultSettings(), reminderIntervalMinutes: 90 },
    });
    const interval = screen.getByLabelText('Remind me after sitting for');
    expect(interval).toHaveValue(90);
    await user.clear(interval);
    await user.type(interval, '5');
    await user.tab();
    await screen.findByText('Choose a whole number from 10 to 120 minutes.');

    await user.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    await user.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(bridge.resetSettings).toHaveBeenCalledOnce();
    await waitFor(() => expect(interval).toHaveValue(45));
    expect(interval).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('status')).toHaveTextContent('Settings are back to their defaults');
    expect(screen.getByRole('dialog', { hidden: true })).not.toHaveAttribute('open');
  });

  it('says in the open dialog why a reset did not happen, and keeps the settings', async () => {
    const { bridge, user } = await openSettings({
      settings: { ...defaultSettings(), reminderIntervalMinutes: 90 },
    });
    const notSaved = messagesFor('en', 'en-GB').settingsFile.notSaved;
    bridge.answer('resetSettings', () => {
      throw new Refusal(notSaved);
    });
    await user.click(screen.getByRole('button', { name: 'Reset to defaults…' }));
    const dialog = screen.getByRole('dialog', { name: 'Reset all settings?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reset to defaults' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(notSaved);
    expect(dialog).toHaveAttribute('open');
    expect(screen.getByLabelText('Remind me after sitting for')).toHaveValue(90);
  });
});

describe('settings window: keyboard', () => {
  it('reaches every control with Tab, ending at Close', async () => {
    const { user } = await openSettings();
    const reached: string[] = [];
    for (let i = 0; i < 80 && document.activeElement?.textContent !== 'Close'; i++) {
      await user.tab();
      const active = document.activeElement as HTMLElement;
      reached.push(active.getAttribute('aria-label') ?? active.id ?? active.textContent ?? '');
    }
    expect(document.activeElement).toHaveAccessibleName('Close');
    expect(reached).toEqual(
      expect.arrayContaining([
        'setting-reminderIntervalMinutes',
        'Monday, from',
        'Add hours on Sunday',
        'setting-remindOutsideWorkingHours',
        'Find an exercise',
        'setting-chimeVolume',
        'setting-dailyBreakGoal',
      ]),
    );
  });
});

describe('settings window: when Backbreak waits', () => {
  it('shows each signal as a switch with what it means, and why this computer cannot tell', async () => {
    await openSettings({
      busySupport: {
        ...allReadable,
        'full-screen': { state: 'never', why: 'wayland-windows' },
        microphone: { state: 'not-last-time', why: 'linux-microphone-needs-pactl' },
      },
    });
    const region = screen.getByRole('region', { name: 'When Backbreak waits' });
    const fullScreen = within(region).getByRole('switch', {
      name: 'Wait while another app is full screen',
    });
    expect(fullScreen).toBeChecked();
    await waitFor(() =>
      expect(fullScreen).toHaveAccessibleDescription(
        `A video, a game, or a presentation you are giving. Default: on. ${en.busy.why['wayland-windows']} So it never holds a reminder here.`,
      ),
    );
    expect(
      within(region).getByRole('switch', { name: 'Wait while the microphone is in use' }),
    ).toHaveAccessibleDescription(expect.stringContaining('The last look could not tell.'));
    expect(within(region).getByLabelText('Remind me anyway after waiting')).toHaveValue(90);
  });

  it('saves a switch as part of the signals, leaving the others as they were', async () => {
    const { saved, user } = await openSettings();
    await user.click(screen.getByRole('switch', { name: 'Wait during Do Not Disturb' }));
    await waitFor(() =>
      expect(saved.settings.busySignals).toEqual({
        ...defaultSettings().busySignals,
        'do-not-disturb': false,
      }),
    );
  });

  it('records a shortcut from a key press, shows the keys held so far, and clears it', async () => {
    const { saved, user } = await openSettings();
    const box = screen.getByLabelText('Keyboard shortcut');
    box.focus();
    await fireEvent.keyDown(box, { key: 'Control', code: 'ControlLeft', ctrlKey: true });
    await fireEvent.keyDown(box, { key: 'Alt', code: 'AltLeft', ctrlKey: true, altKey: true });
    expect(box).toHaveValue('Ctrl+Alt+…');
    await fireEvent.keyDown(box, { key: 'b', code: 'KeyB', ctrlKey: true, altKey: true });
    await waitFor(() => expect(saved.settings.shortcut).toBe('Ctrl+Alt+B'));
    expect(box).toHaveValue('Ctrl+Alt+B');
    // Tab is not taken: it still moves on. Any other key is, so nothing is typed in the box.
    expect(await fireEvent.keyDown(box, { key: 'Tab', code: 'Tab' })).toBe(true);
    expect(await fireEvent.keyDown(box, { key: 'x', code: 'KeyX', ctrlKey: true })).toBe(false);
    await waitFor(() => expect(saved.settings.shortcut).toBe('Ctrl+X'));
    await fireEvent.keyDown(box, { key: 'Backspace', code: 'Backspace' });
    await waitFor(() => expect(saved.settings.shortcut).toBe(''));
    await fireEvent.keyDown(box, { key: 'F9', code: 'F9', altKey: true });
    await waitFor(() => expect(saved.settings.shortcut).toBe('Alt+F9'));
    await user.click(screen.getByRole('button', { name: 'Clear' }));
    await waitFor(() => expect(saved.settings.shortcut).toBe(''));
    expect(screen.getByRole('button', { name: 'Clear' })).toBeDisabled();
  });
});

/** Runs a test with the window speaking another language, then back to British English. */
async function speakingAs<T>(speech: Speech, run: () => Promise<T>): Promise<T> {
  await speak(speech);
  try {
    return await run();
  } finally {
    await speak({ locale: 'en', tag: 'en-GB' });
  }
}

describe('settings window: language', () => {
  it('offers the system’s language and each language by its own name, and saves the choice', async () => {
    const { bridge, saved, user } = await openSettings();
    const language = screen.getByRole('group', { name: 'Language' });
    expect(
      within(language)
        .getAllByRole('radio')
        .map((radio) => labelText(radio)),
    ).toEqual(['Same as the system', 'English', 'Deutsch', 'Español']);
    expect(within(language).getByRole('radio', { name: 'Same as the system' })).toBeChecked();
    // Each name in its own language, so a screen reader says it as its speakers do.
    expect(within(language).getByText('Deutsch')).toHaveAttribute('lang', 'de');
    expect(language).toHaveAccessibleDescription(
      'Backbreak’s windows, tray and notifications use this language. Default: same as the system.',
    );

    await user.click(within(language).getByRole('radio', { name: 'Deutsch' }));
    expect(bridge.updateSettings).toHaveBeenCalledWith({ language: 'de' });
    await waitFor(() => expect(saved.settings.language).toBe('de'));
    expect(within(language).getByRole('radio', { name: 'Deutsch' })).toBeChecked();
  });

  it('never offers the pseudo-language, but shows it when the settings file asks for it', async () => {
    await openSettings({ settings: { ...defaultSettings(), language: 'en-XA' } });
    const language = screen.getByRole('group', { name: 'Language' });
    expect(
      within(language).getByRole('radio', { name: 'Pseudo-language, for testing' }),
    ).toBeChecked();
  });

  it('lists the person’s own texts that the language lacks, which read in English', async () => {
    await speakingAs({ locale: 'de', tag: 'de-DE' }, async () => {
      await openSettings({
        library: { ...library, missingTexts: ['Neck glide: summary, cues', 'My own: title'] },
        words: messagesFor('de', 'de-DE'),
      });
      const note = screen.getByRole('note', {
        name: 'Einige Texte deiner eigenen Übungen und Routinen gibt es nicht auf Deutsch, deshalb erscheinen sie auf Englisch:',
      });
      expect(
        within(note)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['Neck glide: summary, cues', 'My own: title']);
    });
  });

  it('asks for the library again when the language changes, for its names in the new one', async () => {
    const { bridge } = await openSettings();
    await waitFor(() => expect(bridge.getLibrary).toHaveBeenCalledTimes(1));
    await speakingAs({ locale: 'de', tag: 'de-DE' }, async () => {
      await waitFor(() => expect(bridge.getLibrary).toHaveBeenCalledTimes(2));
    });
  });

  it('says nothing about missing texts when there are none', async () => {
    await openSettings();
    expect(screen.queryByText(/read in English/)).not.toBeInTheDocument();
  });
});

describe('settings window: every word from the catalogue', () => {
  it('knows a word from outside the catalogue when it sees one', () => {
    document.body.innerHTML =
      '<p>⟦Ŝáṽéð~~⟧ 12:30, ⟦ö⟦ñ⟧é~⟧ · 50%</p><button title="⟦Ŝáṽé~⟧ now">⟦Ŝáṽéð~~⟧ Saved</button>';
    expect(wordsOutsideCatalogue(pageTexts(document))).toEqual([
      '<button> Saved',
      '<button title> now',
    ]);
    document.body.innerHTML = '';
  });

  it('says everything in the pseudo-language: every section, a refusal, a notice, a busy signal it cannot read and limited idle detection', async () => {
    const xa = messagesFor('en-XA', 'en-GB');
    await speakingAs({ locale: 'en-XA', tag: 'en-GB' }, async () => {
      // Content main sends is marked too: in the app it comes in the person's language.
      const { user } = await openSettings({
        words: xa,
        notices: ['⟦Some settings had values Backbreak cannot use.⟧'],
        status: {
          ...limitedStatus,
          waiting: {
            reasons: [{ signal: 'microphone', apps: [] }],
            since: 0,
            remindAnywayAt: new Date(2026, 5, 1, 11, 15).getTime(),
          },
        },
        busySupport: {
          ...allReadable,
          'full-screen': { state: 'never', why: 'wayland-windows' },
          microphone: { state: 'not-last-time', why: 'linux-microphone-needs-pactl' },
        },
        settings: {
          ...defaultSettings(),
          busyApps: ['⟦Zoom⟧'],
          favouriteRoutines: ['⟦gone⟧'],
          exerciseVersions: { 'cat-cow': 'seated-twist' },
          easeOff: [{ exercise: 'wall-angels', until: Date.now() + 7 * 24 * 3_600_000 }],
          workingHours: {
            ...defaultSettings().workingHours,
            sat: [{ start: '22:00', end: '02:00' }],
          },
        },
        library: {
          exercises: library.exercises.map((exercise) => ({
            ...exercise,
            name: `⟦${exercise.name}⟧`,
          })),
          routines: library.routines.map((routine) => ({
            ...routine,
            title: `⟦${routine.title}⟧`,
          })),
          missingTexts: ['⟦Neck glide: summary, cues⟧'],
          problems: [{ file: '⟦broken.json⟧', message: '⟦Unknown exercise "neck-roll".⟧' }],
          userFolder: '⟦/home/sam/.config/Backbreak/routines⟧',
        },
      });
      // A number the window refuses itself (main's refusals come in the person's language,
      // from the catalogue main speaks: the IPC guard's tests hold those).
      const goal = screen.getByLabelText(xa.units.numberLabel('dailyBreakGoal'));
      await user.clear(goal);
      await user.tab();
      await screen.findByText(xa.settingError('number', 'dailyBreakGoal'));
      // A change saved, for the note beside the title.
      await user.click(screen.getByRole('switch', { name: xa.settings.voiceGuidance.label }));
      await waitFor(() =>
        expect(screen.getByRole('status')).toHaveTextContent(xa.settings.savedNote.saved),
      );

      for (const section of Object.values(xa.settings.sections)) {
        expect(screen.getByRole('heading', { name: section })).toBeInTheDocument();
      }
      expect(screen.getByRole('note', { name: xa.settings.idleLimitedTitle })).toBeInTheDocument();
      expect(screen.getByText(/Some settings had values/)).toBeInTheDocument();
      expect(
        screen.getByText(`${xa.busy.why['wayland-windows']} ${xa.settings.busy.never}`),
      ).toBeInTheDocument();
      // What Backbreak learnt, each with its button.
      expect(screen.getByRole('button', { name: xa.settings.easing.stop })).toBeInTheDocument();
      expect(
        screen.getByRole('button', { name: xa.settings.versions.forgetLabel('⟦Seated cat-cow⟧') }),
      ).toBeInTheDocument();
      expect(document.documentElement.lang).toBe('en-XA');

      const words = wordsOutsideCatalogue(pageTexts(document));
      expect(words).toEqual([]);
      // Not vacuous: the page is full of catalogue words.
      expect(document.body.textContent!.split('⟦').length).toBeGreaterThan(150);
    });
  });
});
