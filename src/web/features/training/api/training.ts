import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AttendanceBody,
  CourseCreate,
  Enrolment,
  EnrolmentList,
  MyEnrolmentList,
  SessionCreate,
  TrainingCourseList,
} from '#shared/schemas/training';
import { API_BASE, api } from '#web/lib/api';

const keys = {
  courses: ['training', 'courses'] as const,
  mine: ['training', 'mine'] as const,
  enrolments: (sessionId: number) => ['training', 'enrolments', sessionId] as const,
};

export const useCourses = () =>
  useQuery({ queryKey: keys.courses, queryFn: () => api.get<TrainingCourseList>('/training/courses') });
export const useMyEnrolments = () =>
  useQuery({ queryKey: keys.mine, queryFn: () => api.get<MyEnrolmentList>('/training/enrolments/mine') });
export const useEnrolments = (sessionId: number) =>
  useQuery({
    queryKey: keys.enrolments(sessionId),
    queryFn: () => api.get<EnrolmentList>(`/training/sessions/${sessionId}/enrolments`),
  });

/** A change that answers with the catalogue (create a course or session, enrol, cancel). */
export function useCatalogueChange() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body, method = 'post' }: { path: string; body?: object; method?: 'post' | 'put' }) =>
      method === 'put' ? api.put<TrainingCourseList>(path, body ?? {}) : api.post<TrainingCourseList>(path, body ?? {}),
    onSuccess: (data) => {
      qc.setQueryData(keys.courses, data);
      void qc.invalidateQueries({ queryKey: keys.mine });
    },
  });
}

export function useAttendance(sessionId: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: number; body: AttendanceBody }) =>
      api.post<Enrolment>(`/training/enrolments/${id}/attendance`, body),
    onSuccess: () => qc.invalidateQueries({ queryKey: keys.enrolments(sessionId) }),
  });
}

export const certificateUrl = (enrolmentId: number) => `${API_BASE}/training/enrolments/${enrolmentId}/certificate.pdf`;
export const hoursXlsxUrl = (year: number) => `${API_BASE}/training/hours.xlsx?year=${year}`;
