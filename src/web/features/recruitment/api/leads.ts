import { useQuery } from '@tanstack/react-query';
import type { Lead, LeadUpdate, Template, TemplateInput, TemplateUpdate } from '#shared/schemas/recruitment';
import { api } from '#web/lib/api';
import { useRecruitmentWrite } from './trips';

const BASE = '/recruitment';

/** One lead (personal data: the server logs the read). */
export const leadKey = (id: number) => ['recruitment', 'lead', id] as const;
export const useLead = (id: number) =>
  useQuery({ queryKey: leadKey(id), queryFn: () => api.get<Lead>(`${BASE}/leads/${id}`) });
export const useUpdateLead = (id: number) =>
  useRecruitmentWrite((body: LeadUpdate) => api.put<Lead>(`${BASE}/leads/${id}`, body));
/** The lead asked for no more mail: from then on follow-ups skip them. */
export const useWithdrawConsent = (id: number) =>
  useRecruitmentWrite((version: number) => api.post<Lead>(`${BASE}/leads/${id}/withdraw-consent`, { version }));

export const templateKey = (id: number) => ['recruitment', 'template', id] as const;
export const useTemplate = (id: number) =>
  useQuery({ queryKey: templateKey(id), queryFn: () => api.get<Template>(`${BASE}/templates/${id}`) });
export const useCreateTemplate = () =>
  useRecruitmentWrite((body: TemplateInput) => api.post<Template>(`${BASE}/templates`, body));
export const useUpdateTemplate = (id: number) =>
  useRecruitmentWrite((body: TemplateUpdate) => api.put<Template>(`${BASE}/templates/${id}`, body));
