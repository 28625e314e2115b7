// Worker thread entry: processes pages sent by the pool and answers with records or errors.
import { parentPort } from 'node:worker_threads';
import { processPage } from './process.js';
import type { ProcessInput } from './processor.js';

interface Job {
  id: number;
  input: ProcessInput;
}

parentPort!.on('message', ({ id, input }: Job) => {
  try {
    parentPort!.postMessage({ id, result: processPage(input) });
  } catch (err) {
    parentPort!.postMessage({ id, error: (err as Error).message });
  }
});
