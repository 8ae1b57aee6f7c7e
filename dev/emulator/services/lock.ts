/**
 * LockService. Each Lock object stands for one execution; a lock held by another Lock object (or by
 * a simulated other execution, `emulator.locks.holdDocumentLock()`) makes tryLock return false and
 * waitLock throw, immediately: the emulator does not sleep for the timeout.
 */
import type { Wrap } from '../context';
import { errors } from '../errors';

type Scope = 'document' | 'script' | 'user';

export class LockTable {
  private readonly holders = new Map<Scope, object>();

  holder(scope: Scope): object | undefined {
    return this.holders.get(scope);
  }

  acquire(scope: Scope, owner: object): boolean {
    const current = this.holders.get(scope);
    if (current !== undefined && current !== owner) return false;
    this.holders.set(scope, owner);
    return true;
  }

  release(scope: Scope, owner: object): void {
    if (this.holders.get(scope) === owner) this.holders.delete(scope);
  }

  /** Simulates another execution holding a lock; returns the function that releases it. */
  holdBySomeoneElse(scope: Scope): () => void {
    const other = { simulated: scope };
    const current = this.holders.get(scope);
    if (current !== undefined) throw new Error(`The ${scope} lock is already held.`);
    this.holders.set(scope, other);
    return () => this.release(scope, other);
  }
}

export function lockObject(table: LockTable, scope: Scope, wrap: Wrap): GoogleAppsScript.Lock.Lock {
  const owner = {};
  return wrap(
    {
      tryLock: (timeoutInMillis: number) => {
        if (typeof timeoutInMillis !== 'number')
          throw errors.signatureMismatch([timeoutInMillis], 'LockService.Lock.tryLock');
        return table.acquire(scope, owner);
      },
      waitLock: (timeoutInMillis: number) => {
        if (typeof timeoutInMillis !== 'number')
          throw errors.signatureMismatch([timeoutInMillis], 'LockService.Lock.waitLock');
        if (!table.acquire(scope, owner)) throw errors.lockTimeout();
      },
      releaseLock: () => table.release(scope, owner),
      hasLock: () => table.holder(scope) === owner,
    },
    'Lock',
  );
}

export function lockService(table: LockTable, wrap: Wrap): GoogleAppsScript.Lock.LockService {
  return wrap(
    {
      getDocumentLock: () => lockObject(table, 'document', wrap),
      getScriptLock: () => lockObject(table, 'script', wrap),
      getUserLock: () => lockObject(table, 'user', wrap),
    },
    'LockService',
  );
}
