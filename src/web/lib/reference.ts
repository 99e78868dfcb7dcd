import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MoeRegion } from '#shared/regions.data';
import type { Unit } from '#shared/schemas/units';
import { api } from './api';
import { setCountryNames, useFormat } from './format';

/** The unit tree and the country → MoE region table: reference data, fetched once per session. */
export const unitsQuery = queryOptions({
  queryKey: ['reference', 'units'],
  queryFn: () => api.get<{ items: Unit[] }>('/units').then((r) => r.items),
  staleTime: 30 * 60_000,
});

export const countryRegionsQuery = queryOptions({
  queryKey: ['reference', 'country-regions'],
  queryFn: () =>
    api
      .get<{ items: { country: string; region: MoeRegion; nameZh: string | null; nameEn: string | null }[] }>(
        '/country-regions',
      )
      .then((r) => {
        setCountryNames(r.items);
        return r.items;
      }),
  staleTime: 30 * 60_000,
});

export function useUnits() {
  return useQuery(unitsQuery);
}

/** Unit options in tree order (with their depth, for indenting), labelled in the current language. */
export function useUnitOptions(): { value: string; label: string; depth: number }[] {
  const { data } = useUnits();
  const fmt = useFormat();
  return useMemo(() => {
    if (!data) return [];
    const children = new Map<number | null, Unit[]>();
    for (const u of data) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u]);
    const out: { value: string; label: string; depth: number }[] = [];
    const walk = (parent: number | null, depth: number) => {
      for (const u of children.get(parent) ?? []) {
        out.push({ value: String(u.id), label: fmt.name(u.nameZh, u.nameEn), depth });
        walk(u.id, depth + 1);
      }
    };
    walk(null, 0);
    return out;
  }, [data, fmt]);
}

/** Unit name by id in the current language. */
export function useUnitName(): (id: number | null | undefined) => string {
  const { data } = useUnits();
  const fmt = useFormat();
  return useMemo(() => {
    const byId = new Map((data ?? []).map((u) => [u.id, u]));
    return (id) => {
      const u = id == null ? undefined : byId.get(id);
      return u ? fmt.name(u.nameZh, u.nameEn) : id == null ? '' : `#${id}`;
    };
  }, [data, fmt]);
}

/** Country options (codes from the region table) labelled with their localized names, sorted by label. */
export function useCountryOptions(): { value: string; label: string }[] {
  const { data } = useQuery(countryRegionsQuery);
  const fmt = useFormat();
  return useMemo(
    () =>
      (data ?? [])
        .map((r) => ({ value: r.country, label: fmt.country(r.country) }))
        .sort((a, b) => fmt.compare(a.label, b.label)),
    [data, fmt],
  );
}
