/** The unit tree in memory (a university has tens of units), for scope checks without recursive SQL. */
export class UnitTree {
  private readonly children = new Map<number, number[]>();
  private readonly parents = new Map<number, number | null>();
  private readonly byCode = new Map<string, number>();

  constructor(units: { id: number; parent_id: number | null; code?: string }[]) {
    for (const u of units) {
      this.parents.set(u.id, u.parent_id);
      if (u.code) this.byCode.set(u.code, u.id);
      if (u.parent_id != null) this.children.set(u.parent_id, [...(this.children.get(u.parent_id) ?? []), u.id]);
    }
  }

  /** The id of the unit with this code (policies name owning divisions by code). */
  idOf(code: string): number | undefined {
    return this.byCode.get(code);
  }

  has(id: number): boolean {
    return this.parents.has(id);
  }

  /** The unit and all units below it. */
  subtree(root: number): number[] {
    const out: number[] = [];
    const stack = [root];
    while (stack.length) {
      const id = stack.pop() as number;
      out.push(id);
      stack.push(...(this.children.get(id) ?? []));
    }
    return out;
  }

  /** The unit and every unit above it, nearest first. */
  ancestors(unit: number): number[] {
    const out: number[] = [];
    for (let u: number | null | undefined = unit; u != null; u = this.parents.get(u)) out.push(u);
    return out;
  }

  /** Is `unit` the same as, or below, `ancestor`? */
  contains(ancestor: number, unit: number): boolean {
    for (let u: number | null | undefined = unit; u != null; u = this.parents.get(u)) {
      if (u === ancestor) return true;
    }
    return false;
  }
}
