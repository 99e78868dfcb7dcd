/** Every leaf a string: the shape a translation must have, given the zh-TW original. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

type Tree = { [key: string]: string | Tree };

/**
 * Merges catalog parts into one. Parts may share a namespace (`validation`, `errors`) but never a
 * leaf: a key defined twice is a mistake that would silently hide one translation, so it throws.
 */
export function mergeCatalogs<T extends object[]>(...parts: T): UnionToIntersection<T[number]> {
  const out: Tree = {};
  for (const part of parts) mergeInto(out, part as Tree, '');
  return out as UnionToIntersection<T[number]>;
}

function mergeInto(target: Tree, source: Tree, prefix: string) {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (typeof value === 'string') {
      if (existing !== undefined) throw new Error(`i18n key defined twice: ${prefix}${key}`);
      target[key] = value;
    } else {
      if (typeof existing === 'string') throw new Error(`i18n key defined twice: ${prefix}${key}`);
      const child: Tree = existing ?? {};
      target[key] = child;
      mergeInto(child, value, `${prefix}${key}.`);
    }
  }
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
