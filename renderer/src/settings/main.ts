import { startWindow } from '../ui/startWindow';
import '../ui/theme.css';
import './settings.css';
import SettingsWindow from './SettingsWindow.svelte';

void startWindow('settings', SettingsWindow);
