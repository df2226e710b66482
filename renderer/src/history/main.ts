import { mount } from 'svelte';
import '../ui/theme.css';
import HistoryWindow from './HistoryWindow.svelte';

mount(HistoryWindow, { target: document.getElementById('app')! });
