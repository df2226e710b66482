import { mount } from 'svelte';
import { bridge } from '../bridge';
import { reportErrors } from '../ui/reportErrors';
import '../ui/theme.css';
import HistoryWindow from './HistoryWindow.svelte';

reportErrors(bridge());
mount(HistoryWindow, { target: document.getElementById('app')! });
