/** The organisation page (src/web/features/units): loaded with the feature. */
export const uiUnitsZhTW = {
  unitsUi: {
    title: '組織單位',
    intro:
      '學校、學院、學系、學位學程、處室與中心：中英文名稱、系所代碼與各單位開設的學制班別。有資料指向的單位只能停用，不會刪除。',
    new: '新增單位',
    export: '匯出 Excel',
    import: '從 Excel 匯入',
    showInactive: '顯示已停用的單位',
    inactive: '已停用',
    empty: '還沒有任何單位。',
    search: '搜尋名稱或代碼',
    form: {
      createTitle: '新增單位',
      editTitle: '{{name}}',
      backToList: '回到組織單位',
      created: '單位已新增。',
      saved: '單位已儲存。',
      codeHint: '英文字母、數字與連字號，例如 ENG-CSIE；匯入與權限設定以代碼指稱單位。',
      parentHint: '學校是最上層單位，其他單位都要有上層單位。',
      moeCodeHint: '教育部系所代碼，用於教育部報表。',
      programTypesHint: '這個學系或學位學程開設的學制班別（可複選）。',
      references: '有 {{count}} 筆資料指向這個單位。',
    },
    activity: {
      archive: '停用',
      restore: '重新啟用',
      archiveTitle: '停用這個單位？',
      restoreTitle: '重新啟用這個單位？',
      archiveConfirm: '停用後，既有資料仍指向這個單位，但新增資料時不應再選它。',
      restoreConfirm: '這個單位會再次啟用。',
      archived: '單位已停用。',
      restored: '單位已重新啟用。',
    },
    remove: {
      label: '刪除',
      title: '刪除這個單位？',
      confirm: '沒有任何資料指向這個單位，刪除後無法復原。',
      done: '單位已刪除。',
    },
  },
};
