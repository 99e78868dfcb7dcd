/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same dataset on every machine,
 * so checksums can be compared and figures reproduced. Never use Math.random in the generator.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A derived, independent stream: each generator module gets its own, so adding one does not shift the others. */
  fork(label: string): Random {
    let h = this.state ^ 0x9e3779b9;
    for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
    return new Random(h);
  }
}

/** Picks by relative weight in O(log n): build once, draw many times. */
export class Weighted<T> {
  private readonly cumulative: number[] = [];
  private readonly total: number;

  constructor(private readonly items: readonly (readonly [T, number])[]) {
    let sum = 0;
    for (const [, w] of items) {
      sum += w;
      this.cumulative.push(sum);
    }
    this.total = sum;
    if (!(sum > 0)) throw new Error('weights must sum to more than 0');
  }

  draw(random: Random): T {
    const x = random.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] as number) > x) hi = mid;
      else lo = mid + 1;
    }
    return (this.items[lo] as readonly [T, number])[0];
  }
}

/** Calendar arithmetic on 'YYYY-MM-DD' in UTC (dates in the database carry no time zone). */
export const day = {
  add(date: string, days: number): string {
    const d = new Date(`${date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  },
  addYears(date: string, years: number): string {
    const [y, m, d] = date.split('-') as [string, string, string];
    const next = `${String(Number(y) + years).padStart(4, '0')}-${m}-${d === '29' && m === '02' ? '28' : d}`;
    return next;
  },
  min(a: string, b: string): string {
    return a < b ? a : b;
  },
  between(a: string, b: string): number {
    return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
  },
  /** An ISO timestamp on `date` at a working-hours time drawn from `random`. */
  at(date: string, random: Random): string {
    const h = String(random.int(1, 9)).padStart(2, '0'); // 09:00–17:00 in Taiwan is 01:00–09:00 UTC
    const m = String(random.int(0, 59)).padStart(2, '0');
    const s = String(random.int(0, 59)).padStart(2, '0');
    return `${date}T${h}:${m}:${s}.000Z`;
  },
};
