import { startWindow } from '../ui/startWindow';
import '../ui/theme.css';
import RoutineApp from './RoutineApp.svelte';

void startWindow('routine', RoutineApp);
