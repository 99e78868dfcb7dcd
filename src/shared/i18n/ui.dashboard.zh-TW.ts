/** Web strings of the OIA dashboard and the world map. */
export const uiDashboardZhTW = {
  dashboardUi: {
    map: {
      title: '合作學校世界地圖',
      summary:
        '{{partners}} 所合作學校，分布於 {{countries}} 個國家／地區；其中 {{active}} 所有生效中的協議（{{activeCountries}} 個國家／地區）。',
      shadeBy: '著色依據',
      byActive: '有生效協議的學校',
      byRegistry: '所有合作學校',
      legend: '圖例：{{measure}}',
      none: '無',
      range: '{{from}}–{{to}}',
      mostPartners: '合作學校最多的是：{{list}}。',
      hint: '點選國家即可列出當地的合作學校。香港、澳門等小型地區以圓點標示。',
      tooltipPartners: '合作學校：{{n}}',
      tooltipWithActive: '有生效協議的學校：{{n}}',
      tooltipAgreements: '生效中的協議：{{n}}',
    },
    table: {
      label: '各國家／地區的合作學校',
      country: '國家／地區',
      region: '教育部區域',
      partners: '合作學校',
      withActive: '有生效協議',
      activeAgreements: '生效協議數',
      empty: '尚無合作學校。',
    },
    home: {
      heading: '合作協議與全球分布',
      activeSummary: '{{partners}} 所合作學校有生效中的協議，分布於 {{countries}} 個國家／地區',
      inForce: '生效中（含即將到期）的協議共 {{n}} 份。',
      activeHint: '以 {{date}}（臺北時間）生效中或即將到期的協議計算。',
      openMap: '開啟世界地圖',
      byStatus: '各狀態的協議',
      endingSoon: '即將到期的生效協議',
      endingWithin: '{{days}} 天內到期',
      topActive: '有生效協議學校最多的 {{n}} 個國家／地區',
      noneActive: '目前沒有任何合作學校有生效中的協議。',
    },
  },
};
