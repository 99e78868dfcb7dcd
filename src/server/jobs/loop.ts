/**
 * A background task run every `intervalMs` (and right away), one run at a time: a run that is still going
 * when the next is due delays it instead of overlapping. `kick()` asks for a run soon (e.g. after new
 * mail was queued); `stop()` cancels the timer and waits for a run in progress, so shutdown never cuts a
 * transaction in half. Errors are reported, not thrown: the next run tries again.
 */
export type Loop = { kick: () => void; stop: () => Promise<void> };

export function startLoop(run: () => Promise<unknown>, intervalMs: number, onError: (err: unknown) => void): Loop {
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> | undefined;
  let stopped = false;
  let again = false;

  const schedule = (ms: number) => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(tick, ms);
    timer.unref();
  };
  function tick() {
    if (current) {
      again = true;
      return;
    }
    current = run()
      .then(() => undefined, onError)
      .finally(() => {
        current = undefined;
        schedule(again ? 0 : intervalMs);
        again = false;
      });
  }

  schedule(0);
  return {
    kick: () => {
      if (current) again = true;
      else schedule(0);
    },
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
