import { useEffect, useState } from 'react';

/**
 * True once `ready` and the page has had an idle moment (at most `timeout` ms later). «Главная»'s retention
 * reminder reads whole tables on this thread (every session, mark, enrolment and participant), and a person
 * who opened another section straight after the start waited behind that reading (B4a in
 * docs/performance.md). It starts only after the quarter's figures are on screen and the thread is idle; a
 * person who leaves first never pays for it.
 */
export function useWhenIdle(ready: boolean, timeout = 2000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!ready || idle) return;
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(() => setIdle(true), { timeout });
      return () => cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), 0);
    return () => clearTimeout(timer);
  }, [ready, idle, timeout]);
  return idle;
}
