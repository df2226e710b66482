import { mount } from 'svelte';
import '../../../renderer/src/ui/theme.css';
import PoseSheet from './PoseSheet.svelte';
import type { Exercise } from '../../../electron/shared/routineSchema';

declare global {
  interface Window {
    exercises: Exercise[];
    mirrors: boolean;
  }
}

mount(PoseSheet, {
  target: document.getElementById('sheet')!,
  props: { exercises: window.exercises, mirrors: window.mirrors },
});
