import { memory, resetPeak, round } from './process.js';

export type MemoryFigures = {
  beforeMB: number;
  peakMB: number;
  afterMB: number;
  increaseMB: number;
  peakMeasured: 'VmHWM' | 'sampled';
};

/**
 * Watches a server's memory over one piece of work: RSS before, the peak during it (VmHWM after resetting
 * it, and RSS sampled every 20 ms in case the reset is not allowed) and RSS after.
 */
export function watchMemory(pid: number): { stop: () => MemoryFigures } {
  const before = memory(pid);
  const hwm = resetPeak(pid);
  let sampled = before.rssMB;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, memory(pid).rssMB);
  }, 20);
  return {
    stop() {
      clearInterval(sampler);
      const after = memory(pid);
      const peakMB = Math.max(sampled, after.rssMB, hwm ? after.peakMB : 0);
      return {
        beforeMB: before.rssMB,
        peakMB,
        afterMB: after.rssMB,
        increaseMB: round(peakMB - before.rssMB),
        peakMeasured: hwm ? 'VmHWM' : 'sampled',
      };
    },
  };
}
