import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written while serving a request carries. */
export interface RequestScope {
  requestId: string;
}

// One store for the process: Node carries it through every await of the request, down to the
// executor's statement logs, without each layer passing a logger along.
const store = new AsyncLocalStorage<RequestScope>();

/** Runs `work` (and everything it awaits or schedules) inside the request's scope. */
export function runInRequestScope<T>(scope: RequestScope, work: () => T): T {
  return store.run(scope, work);
}

/** The scope of the request being served, if any (undefined at start-up, in the CLI, in loads). */
export function currentRequestScope(): RequestScope | undefined {
  return store.getStore();
}
