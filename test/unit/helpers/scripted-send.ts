// A fake sendMessage and a fake clock, for the clients that talk to the background worker (worker-retry.ts:
// the gate's request and every other): each send plays the next scripted step, and time moves only when the client sleeps.
import type { SendMessage } from '../../../extension/shared/worker-retry.ts';

/** A fake clock that moves only when the client sleeps; `pauses` lists each sleep. */
export function fakeTime() {
  let t = 0;
  const pauses: number[] = [];
  return {
    pauses,
    now: () => t,
    sleep: async (ms: number) => {
      pauses.push(ms);
      t += ms;
    },
  };
}

/** Each send runs the next step (its return value is the reply, a throw the failure); past the last, the worker is gone. */
export function scripted(steps: (() => unknown)[]): { send: SendMessage; sent: unknown[] } {
  const sent: unknown[] = [];
  const send: SendMessage = async (message) => {
    sent.push(message);
    const step = steps.shift();
    if (!step) throw new Error('Could not establish connection. Receiving end does not exist.');
    return step();
  };
  return { send, sent };
}

/** The failure of a message sent while no worker listens. */
export const gone = () => {
  throw new Error('Could not establish connection. Receiving end does not exist.');
};
