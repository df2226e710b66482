/**
 * `npm run bench`: every performance figure the issues name, one `name: value unit` line each.
 * Targets and notes go to stderr so the figures stay easy to read by a program.
 */
import { benchApp } from './appBench';
import { benchBoot } from './bootBench';
import { benchEngine, type BenchFigure } from './engineBench';
import { benchPackage } from './packageBench';
import { benchRoutineWindow } from './routineWindowBench';

const figures: BenchFigure[] = [
  ...(await benchEngine()),
  ...(await benchApp()),
  ...(await benchRoutineWindow()),
  ...(await benchBoot()),
  ...(await benchPackage()),
];
for (const figure of figures) {
  console.log(`${figure.name}: ${figure.value} ${figure.unit}`);
  if (figure.target) console.error(`  target ${figure.target}`);
}
