/**
 * Both drivers hand a transaction one connection (SQLite has only one). Calling
 * storage.transaction() again inside `work` would wait for that connection forever on SQLite,
 * so the nested call fails at once with a message that says what to do instead. A transaction
 * on a closed storage fails with STORAGE_CLOSED rather than a driver message.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { StorageError } from './errors';

const insideTransaction = new AsyncLocalStorage<object>();

export async function runGuarded<T>(owner: object, closed: boolean, work: () => Promise<T>): Promise<T> {
  if (closed) throw new StorageError('STORAGE_CLOSED', 'The storage was used after close().');
  if (insideTransaction.getStore() === owner) {
    throw new Error(
      'storage.transaction() was called inside another transaction on the same storage: ' +
        'pass the outer `trx` down instead of opening a second transaction.',
    );
  }
  return insideTransaction.run(owner, work);
}
