import { describe, expect, it } from 'vitest';
import { listeners } from '../../electron/main/core/listeners';

describe('listeners', () => {
  it('tells every listener even when one throws, and hands back what failed', () => {
    const heard: string[] = [];
    const reported: unknown[] = [];
    const set = listeners<string>((error) => reported.push(error));
    set.add((value) => heard.push(`first ${value}`));
    set.add(() => {
      throw new Error('broken listener');
    });
    set.add((value) => heard.push(`third ${value}`));
    const failures = set.emit('news');
    expect(heard).toEqual(['first news', 'third news']);
    expect(failures).toHaveLength(1);
    expect(reported).toEqual(failures);
  });

  it('stops telling a listener once it is removed', () => {
    const heard: number[] = [];
    const set = listeners<number>();
    const remove = set.add((value) => heard.push(value));
    set.emit(1);
    remove();
    set.emit(2);
    expect(heard).toEqual([1]);
  });
});
