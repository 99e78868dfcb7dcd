import { COHORT_SOURCES, COHORT_STAGES } from '#shared/cohorts.js';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, PARTNER_STATUSES, PARTNER_TYPES } from '#shared/enums.js';
import {
  DEGREE_LEVELS,
  DIRECTIONS,
  GENDERS,
  INBOUND_CATEGORIES,
  MOBILITY_KINDS,
  MOBILITY_STATUSES,
  PERSON_KINDS,
  PROGRAM_TYPES,
  STUDY_TIMES,
} from '#shared/mobility.js';
import { MOE_REGIONS } from '#shared/regions.data.js';
import { ACTIVITY_KINDS, COMMISSIONING, type ReportEntity } from '#shared/reporting.js';

/**
 * The report builder's field registry, kept free of zod so the browser can import it: which fields each
 * entity offers (the server maps these onto SQL expressions — a definition can only name these, never
 * SQL) and the filters each field type takes.
 */
export const FIELD_TYPES = ['enum', 'text', 'date', 'number', 'unit', 'country', 'region', 'boolean'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export type BuilderField = {
  key: string;
  /** Catalog key of the field's name. */
  label: string;
  type: FieldType;
  /** For enums: the values and the catalog namespace of their labels. */
  values?: readonly string[];
  labels?: string;
  /** Number fields summed per group. */
  sum?: boolean;
};

const f = (key: string, label: string, type: FieldType, extra: Partial<BuilderField> = {}): BuilderField => ({
  key,
  label,
  type,
  ...extra,
});
const en = (key: string, label: string, values: readonly string[], labels: string) =>
  f(key, label, 'enum', { values, labels });
const region = (label: string) => en('region', label, MOE_REGIONS, 'regions');

export const BUILDER_FIELDS: Record<ReportEntity, BuilderField[]> = {
  partners: [
    f('code', 'partnerFields.code', 'text'),
    f('nameZh', 'partnerFields.nameZh', 'text'),
    f('nameEn', 'partnerFields.nameEn', 'text'),
    f('country', 'partnerFields.country', 'country'),
    region('partnerFields.region'),
    f('city', 'partnerFields.city', 'text'),
    en('type', 'partnerFields.type', PARTNER_TYPES, 'partnerTypes'),
    en('status', 'partnerFields.status', PARTNER_STATUSES, 'partnerStatuses'),
    f('owningUnit', 'partnerFields.owningUnit', 'unit'),
    f('createdAt', 'partnerFields.createdAt', 'date'),
  ],
  agreements: [
    f('code', 'agreementFields.code', 'text'),
    en('kind', 'agreementFields.kind', AGREEMENT_KINDS, 'agreementKinds'),
    f('titleZh', 'agreementFields.titleZh', 'text'),
    f('titleEn', 'agreementFields.titleEn', 'text'),
    en('status', 'agreementFields.status', AGREEMENT_STATUSES, 'agreementStatuses'),
    f('country', 'agreementFields.country', 'country'),
    region('partnerFields.region'),
    f('owningUnit', 'agreementFields.owningUnit', 'unit'),
    f('startDate', 'agreementFields.startDate', 'date'),
    f('endDate', 'agreementFields.endDate', 'date'),
    f('openEnded', 'agreementFields.openEnded', 'boolean'),
    f('autoRenew', 'agreementFields.autoRenew', 'boolean'),
  ],
  mobilities: [
    f('personNameZh', 'mobilityFields.personNameZh', 'text'),
    f('personNameEn', 'mobilityFields.personNameEn', 'text'),
    f('personNo', 'mobilityFields.personNo', 'text'),
    f('unit', 'mobilityFields.unit', 'unit'),
    en('direction', 'mobilityFields.direction', DIRECTIONS, 'mobilityDirections'),
    en('personCategory', 'mobilityFields.personCategory', PERSON_KINDS, 'mobilityPersonCategories'),
    en('kind', 'mobilityFields.kind', MOBILITY_KINDS, 'mobilityKinds'),
    en('moeCategory', 'mobilityFields.moeCategory', INBOUND_CATEGORIES, 'inboundCategories'),
    f('dualDegree', 'mobilityFields.dualDegree', 'boolean'),
    en('status', 'mobilityFields.status', MOBILITY_STATUSES, 'mobilityStatuses'),
    f('institution', 'mobilityFields.institution', 'text'),
    f('country', 'mobilityFields.country', 'country'),
    region('mobilityFields.region'),
    f('city', 'mobilityFields.city', 'text'),
    f('startDate', 'mobilityFields.startDate', 'date'),
    f('endDate', 'mobilityFields.endDate', 'date'),
    f('creditBearing', 'mobilityFields.creditBearing', 'boolean'),
    f('credits', 'mobilityFields.credits', 'number', { sum: true }),
    f('atLeastSemester', 'mobilityFields.atLeastSemester', 'boolean'),
    en('degreeLevel', 'personFields.degreeLevel', DEGREE_LEVELS, 'degreeLevels'),
    en('programType', 'personFields.programType', PROGRAM_TYPES, 'programTypes'),
    en('studyTime', 'personFields.studyTime', STUDY_TIMES, 'studyTimes'),
    en('gender', 'personFields.gender', GENDERS, 'genders'),
  ],
  people: [
    en('kind', 'personFields.kind', PERSON_KINDS, 'personKinds'),
    f('nameZh', 'personFields.nameZh', 'text'),
    f('nameEn', 'personFields.nameEn', 'text'),
    f('studentNo', 'personFields.studentNo', 'text'),
    f('staffNo', 'personFields.staffNo', 'text'),
    f('unit', 'personFields.unit', 'unit'),
    en('degreeLevel', 'personFields.degreeLevel', DEGREE_LEVELS, 'degreeLevels'),
    en('programType', 'personFields.programType', PROGRAM_TYPES, 'programTypes'),
    en('studyTime', 'personFields.studyTime', STUDY_TIMES, 'studyTimes'),
    f('nationality', 'personFields.nationality', 'country'),
    region('partnerFields.region'),
    en('gender', 'personFields.gender', GENDERS, 'genders'),
  ],
  activities: [
    en('kind', 'activityFields.kind', ACTIVITY_KINDS, 'activityKinds'),
    f('unit', 'activityFields.unit', 'unit'),
    f('titleZh', 'activityFields.titleZh', 'text'),
    f('titleEn', 'activityFields.titleEn', 'text'),
    f('counterpartZh', 'activityFields.counterpartZh', 'text'),
    f('counterpartEn', 'activityFields.counterpartEn', 'text'),
    f('personName', 'activityFields.personName', 'text'),
    f('country', 'activityFields.country', 'country'),
    region('activityFields.region'),
    f('city', 'activityFields.city', 'text'),
    f('startDate', 'activityFields.startDate', 'date'),
    f('endDate', 'activityFields.endDate', 'date'),
    f('participants', 'activityFields.participants', 'number', { sum: true }),
    f('foreignParticipants', 'activityFields.foreignParticipants', 'number', { sum: true }),
    f('credits', 'activityFields.credits', 'number', { sum: true }),
    f('amountGovernment', 'activityFields.amountGovernment', 'number', { sum: true }),
    f('amountIndustry', 'activityFields.amountIndustry', 'number', { sum: true }),
    f('amountOther', 'activityFields.amountOther', 'number', { sum: true }),
    f('amountUniversity', 'activityFields.amountUniversity', 'number', { sum: true }),
    en('commissioning', 'activityFields.commissioning', COMMISSIONING, 'commissioning'),
  ],
  /** One row per student assistant and semester (issue 18): students taking part and hours of service. */
  assistants: [
    f('unit', 'assistantFields.unit', 'unit'),
    f('academicYear', 'assistantFields.academicYear', 'number'),
    f('semester', 'assistantFields.semester', 'number'),
    f('startedOn', 'assistantFields.startedOn', 'date'),
    f('approvedHours', 'assistantFields.approvedHours', 'number', { sum: true }),
    f('pendingHours', 'assistantFields.pendingHours', 'number', { sum: true }),
    f('tasks', 'assistantFields.tasks', 'number', { sum: true }),
    f('buddyPairs', 'assistantFields.buddyPairs', 'number', { sum: true }),
  ],
  /** One row per cohort application (issue 18): the funnel by stage and the outcome (participants, completion). */
  cohort_applications: [
    f('program', 'cohortApplicationFields.program', 'text'),
    f('programUnit', 'cohortApplicationFields.programUnit', 'unit'),
    f('programStart', 'cohortApplicationFields.programStart', 'date'),
    en('stage', 'cohortApplicationFields.stage', COHORT_STAGES, 'cohorts.stages'),
    en('source', 'cohortApplicationFields.source', COHORT_SOURCES, 'cohorts.sources'),
    f('nationality', 'cohortApplicationFields.nationality', 'country'),
    f('score', 'cohortApplicationFields.score', 'number'),
    f('participant', 'cohortApplicationFields.participant', 'boolean'),
    f('attendedHours', 'cohortApplicationFields.attendedHours', 'number', { sum: true }),
    f('certified', 'cohortApplicationFields.certified', 'boolean'),
    f('appliedOn', 'cohortApplicationFields.appliedOn', 'date'),
  ],
};

export const fieldOf = (entity: ReportEntity, key: string) => BUILDER_FIELDS[entity].find((x) => x.key === key);

/** The operators each field type takes. `empty` matches a missing value (or, with `not`, a present one). */
export const FILTER_OPS = ['eq', 'in', 'between', 'contains', 'empty'] as const;
export type FilterOp = (typeof FILTER_OPS)[number];
export const OPS_BY_TYPE: Record<FieldType, readonly FilterOp[]> = {
  enum: ['eq', 'in', 'empty'],
  text: ['eq', 'contains', 'empty'],
  date: ['eq', 'between', 'empty'],
  number: ['eq', 'between', 'empty'],
  unit: ['eq', 'in', 'empty'],
  country: ['eq', 'in', 'empty'],
  region: ['eq', 'in', 'empty'],
  boolean: ['eq'],
};
