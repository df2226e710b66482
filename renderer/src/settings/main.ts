import { mount } from 'svelte';
import { bridge } from '../bridge';
import { reportErrors } from '../ui/reportErrors';
import '../ui/theme.css';
import './settings.css';
import SettingsWindow from './SettingsWindow.svelte';

reportErrors(bridge());
mount(SettingsWindow, { target: document.getElementById('app')! });
