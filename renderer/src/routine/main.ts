import { mount } from 'svelte';
import { bridge } from '../bridge';
import { reportErrors } from '../ui/reportErrors';
import '../ui/theme.css';
import RoutineApp from './RoutineApp.svelte';

reportErrors(bridge());
mount(RoutineApp, { target: document.getElementById('app')! });
