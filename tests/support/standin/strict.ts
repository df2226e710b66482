import { fault } from './channel';

/**
 * Wraps a stand-in object so that reading a member it does not have throws, naming the call,
 * instead of handing the app `undefined`. A new Electron call in the app then fails a boot test
 * loudly (and is reported even if the app catches the throw), never passes silently.
 */

/** Names that code probes on any object (promise resolution, module interop, JSON, test tools). */
const PROBES = new Set([
  'then',
  'toJSON',
  '__esModule',
  'constructor',
  'inspect',
  'nodeType',
  'asymmetricMatch',
  '$$typeof',
  'prototype',
  'length',
  'name',
]);

export function strict<T extends object>(target: T, name: string): T {
  return new Proxy(target, {
    get(object, key, receiver) {
      if (typeof key === 'symbol' || key in object || PROBES.has(key)) {
        return Reflect.get(object, key, receiver);
      }
      throw fault(
        `${name}.${key} is not part of the stand-in; add it, typed against electron.d.ts`,
      );
    },
  });
}
