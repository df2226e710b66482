import { startWindow } from '../ui/startWindow';
import '../ui/theme.css';
import HistoryWindow from './HistoryWindow.svelte';

void startWindow('history', HistoryWindow);
