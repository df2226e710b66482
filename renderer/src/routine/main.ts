import { mount } from 'svelte';
import '../ui/theme.css';
import RoutineApp from './RoutineApp.svelte';

mount(RoutineApp, { target: document.getElementById('app')! });
