import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  News,
  NewsCreate,
  NewsUpdate,
  PartnerProfile,
  PartnerProfileUpdate,
  Testimonial,
  TestimonialCreate,
  TestimonialUpdate,
} from '#shared/schemas/portal';
import { api } from '#web/lib/api';

const keys = {
  news: ['portal-admin', 'news'] as const,
  profile: (partnerId: number) => ['portal-admin', 'profile', partnerId] as const,
  testimonials: (partnerId: number) => ['portal-admin', 'testimonials', partnerId] as const,
};

export const useNews = () =>
  useQuery({ queryKey: keys.news, queryFn: () => api.get<{ items: News[] }>('/portal/news') });

export function useSaveNews() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: NewsCreate | NewsUpdate }) =>
      id ? api.put<News>(`/portal/news/${id}`, body) : api.post<News>('/portal/news', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.news }),
  });
}

export function useNewsPhoto(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return api.upload<News>(`/portal/news/${id}/photo`, form);
    },
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.news }),
  });
}

export const useProfile = (partnerId: number) =>
  useQuery({
    queryKey: keys.profile(partnerId),
    queryFn: () => api.get<PartnerProfile>(`/portal/partners/${partnerId}`),
  });

export function useSaveProfile(partnerId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerProfileUpdate) => api.put<PartnerProfile>(`/portal/partners/${partnerId}`, body),
    onSuccess: (p) => qc.setQueryData(keys.profile(partnerId), p),
  });
}

export const useTestimonials = (partnerId: number) =>
  useQuery({
    queryKey: keys.testimonials(partnerId),
    queryFn: () => api.get<{ items: Testimonial[] }>(`/portal/testimonials?partnerId=${partnerId}`),
  });

export function useSaveTestimonial(partnerId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: number; body: TestimonialCreate | TestimonialUpdate }) =>
      id
        ? api.put<Testimonial>(`/portal/testimonials/${id}`, body)
        : api.post<Testimonial>('/portal/testimonials', body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.testimonials(partnerId) }),
  });
}

/** The photo as the portal serves it (only once the item is published). */
export const newsPhotoUrl = (id: number, lang: string) => `/portal/${lang}/news/${id}/photo`;
