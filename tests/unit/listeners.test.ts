import { describe, expect, it, vi } from 'vitest';
import { listeners } from '../../electron/main/core/listeners';

describe('listeners', () => {
  it('tells every listener even when one throws, and hands back what was thrown', () => {
    const changes = listeners<number>();
    const first = vi.fn();
    const broken = new Error('login item refused');
    const last = vi.fn();
    changes.add(first);
    changes.add(() => {
      throw broken;
    });
    changes.add(last);
    expect(changes.emit(7)).toEqual([broken]);
    expect(first).toHaveBeenCalledWith(7);
    expect(last).toHaveBeenCalledWith(7);
    expect(changes.emit(8)).toEqual([broken]);
  });

  it('hands back nothing when all went well, and stops telling a removed listener', () => {
    const changes = listeners<string>();
    const heard = vi.fn();
    const remove = changes.add(heard);
    expect(changes.emit('a')).toEqual([]);
    remove();
    changes.emit('b');
    expect(heard.mock.calls).toEqual([['a']]);
  });
});
