import type { DeepStrings } from './merge.js';
import type { uiDashboardZhTW } from './ui.dashboard.zh-TW.js';

export const uiDashboardEn: DeepStrings<typeof uiDashboardZhTW> = {
  dashboardUi: {
    map: {
      title: 'World map of partners',
      summary:
        '{{partners}} partners in {{countries}} countries and regions; {{active}} with an active agreement in {{activeCountries}}.',
      shadeBy: 'Shade by',
      byActive: 'Partners with an active agreement',
      byRegistry: 'All partners in the registry',
      legend: 'Legend: {{measure}}',
      none: 'None',
      range: '{{from}}–{{to}}',
      mostPartners: 'Most partners: {{list}}.',
      hint: 'Click a country to list its partners. Small places such as Hong Kong and Macau are shown as dots.',
      tooltipPartners: 'Partners: {{n}}',
      tooltipWithActive: 'With an active agreement: {{n}}',
      tooltipAgreements: 'Active agreements: {{n}}',
    },
    table: {
      label: 'Partners by country and region',
      country: 'Country or region',
      region: 'MoE region',
      partners: 'Partners',
      withActive: 'With an active agreement',
      activeAgreements: 'Active agreements',
      empty: 'No partners yet.',
    },
    home: {
      heading: 'Agreements and partners worldwide',
      activeSummary: '{{partners}} partners with an active agreement in {{countries}} countries and regions',
      inForce: '{{n}} agreements in force (active or expiring).',
      activeHint: 'Agreements active or expiring on {{date}} (Taipei time).',
      openMap: 'Open the world map',
      byStatus: 'Agreements by status',
      endingSoon: 'Active agreements ending soon',
      endingWithin: 'Within {{days}} days',
      topActive: 'Top {{n}} countries and regions by partners with an active agreement',
      noneActive: 'No partner has an active agreement yet.',
    },
  },
};
