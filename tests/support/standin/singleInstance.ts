import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createConnection, createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { realTimers } from './clock';

/**
 * Electron's single-instance lock, between real processes: a lock file naming the holder's pid
 * and a Unix socket the holder listens on, both in the user-data folder as Chromium keeps its
 * own. The lock is decided synchronously, as `requestSingleInstanceLock` is; a second process
 * then hands its arguments to the first over the socket before it quits.
 */

export interface SecondInstance {
  argv: string[];
  cwd: string;
  additionalData: unknown;
}

export interface InstanceLock {
  /** True when this process holds the lock. */
  held: boolean;
  /** Resolves when a refused process has told the holder, or could not. */
  told: Promise<void>;
  release(): Promise<void>;
}

const LOCK = 'SingletonLock';
const SOCKET = 'SingletonSocket';

function holderAlive(lockPath: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lockPath, 'utf8').trim());
  } catch {
    return false;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function takeLock(lockPath: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderAlive(lockPath)) return false;
      // A lock left by a process that is gone.
      rmSync(lockPath, { force: true });
    }
  }
  return false;
}

/** Tells the holder, retrying briefly while it is still opening its socket. */
function tellHolder(socketPath: string, message: SecondInstance): Promise<void> {
  return new Promise((done) => {
    let attempts = 0;
    const attempt = () => {
      const socket = createConnection(socketPath);
      socket.on('connect', () => socket.end(JSON.stringify(message)));
      socket.on('close', (failed) => {
        if (!failed) return done();
        if (++attempts >= 50) return done();
        realTimers.setTimeout(attempt, 20);
      });
      socket.on('error', () => undefined);
    };
    attempt();
  });
}

export function requestLock(
  userData: string,
  message: SecondInstance,
  onSecondInstance: (second: SecondInstance) => void,
): InstanceLock {
  // Chromium makes the user-data folder before it takes the lock in it.
  mkdirSync(userData, { recursive: true });
  const lockPath = join(userData, LOCK);
  const socketPath = join(userData, SOCKET);
  if (!takeLock(lockPath)) {
    return { held: false, told: tellHolder(socketPath, message), release: async () => undefined };
  }
  rmSync(socketPath, { force: true });
  const server: Server = createServer((socket) => {
    let text = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => (text += chunk));
    socket.on('end', () => {
      try {
        onSecondInstance(JSON.parse(text) as SecondInstance);
      } catch {
        // Not a message from a second instance: ignore it, as Chromium would.
      }
    });
  });
  server.listen(socketPath);
  server.unref();
  return {
    held: true,
    told: Promise.resolve(),
    release: () =>
      new Promise((done) => {
        server.close(() => {
          rmSync(socketPath, { force: true });
          rmSync(lockPath, { force: true });
          done();
        });
      }),
  };
}
