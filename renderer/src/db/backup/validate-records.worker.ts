/// <reference lib="webworker" />
import { handleValidateRequest, type ValidateMessage, type ValidateRequest } from './validate-records';

/** The restore's record checks, off the window's thread (validate-records.ts holds the logic). */
const post = (m: ValidateMessage) => (self as DedicatedWorkerGlobalScope).postMessage(m);

self.onmessage = (event: MessageEvent<ValidateRequest>) => handleValidateRequest(event.data, post);
