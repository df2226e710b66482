import { mount } from 'svelte';
import '../ui/theme.css';
import './settings.css';
import SettingsWindow from './SettingsWindow.svelte';

mount(SettingsWindow, { target: document.getElementById('app')! });
