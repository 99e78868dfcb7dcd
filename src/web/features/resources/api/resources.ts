import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Resource,
  ResourceCategory,
  ResourceCategoryInput,
  ResourceCategoryUpdate,
  ResourceCreate,
  ResourceSummary,
  ResourceUpdate,
} from '#shared/schemas/resources';
import { API_BASE, api, queryString } from '#web/lib/api';

export type ResourceFilter = { q?: string; categoryId?: number; tag?: string };

export const resourceKeys = {
  all: ['resources'] as const,
  categories: ['resources', 'categories'] as const,
  list: (f: ResourceFilter) => ['resources', 'list', f] as const,
  one: (id: number) => ['resources', 'one', id] as const,
};

export const useCategories = () =>
  useQuery({
    queryKey: resourceKeys.categories,
    queryFn: () => api.get<{ items: ResourceCategory[] }>('/resources/categories'),
  });
export const useResources = (f: ResourceFilter) =>
  useQuery({
    queryKey: resourceKeys.list(f),
    queryFn: () => api.get<{ items: ResourceSummary[] }>(`/resources${queryString(f)}`),
    placeholderData: keepPreviousData,
  });
export const useResource = (id: number) =>
  useQuery({ queryKey: resourceKeys.one(id), queryFn: () => api.get<Resource>(`/resources/${id}`) });

/** Saves an item (create without an id, update with one); the list and the item are read again. */
export function useSaveResource() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: ResourceCreate | ResourceUpdate }) =>
      id ? api.put<Resource>(`/resources/${id}`, body) : api.post<Resource>('/resources', body),
    onSuccess: (r) => {
      qc.setQueryData(resourceKeys.one(r.id), r);
      void qc.invalidateQueries({ queryKey: resourceKeys.all });
    },
  });
}

export function useUploadVersion(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, note }: { file: File; note: string }) => {
      const form = new FormData();
      // Fields before the file: the server reads them with the file part.
      if (note.trim()) form.append('note', note.trim());
      form.append('file', file);
      return api.upload<Resource>(`/resources/${id}/versions`, form);
    },
    onSuccess: (r) => {
      qc.setQueryData(resourceKeys.one(id), r);
      void qc.invalidateQueries({ queryKey: resourceKeys.all });
    },
  });
}

export function useSaveCategory() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: ResourceCategoryInput | ResourceCategoryUpdate }) =>
      id
        ? api.put<ResourceCategory>(`/resources/categories/${id}`, body)
        : api.post<ResourceCategory>('/resources/categories', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: resourceKeys.categories }),
  });
}

export const currentFileUrl = (id: number) => `${API_BASE}/resources/${id}/file`;
export const versionFileUrl = (id: number, versionId: number) =>
  `${API_BASE}/resources/${id}/versions/${versionId}/file`;
