/** Page strings of the university details page (administration). */
export const uiUniversityZhTW = {
  universityUi: {
    title: '學校基本資料',
    intro: '印在入學許可、國際化現況報告與通知信上的學校名稱、地址與聯絡方式；登入頁與頁首也會顯示校名與校徽。',
    details: '名稱與聯絡方式',
    nameZh: '中文校名',
    nameEn: '英文校名',
    addressZh: '中文地址',
    addressEn: '英文地址',
    phone: '電話',
    email: '電子郵件',
    website: '網站',
    save: '儲存',
    saved: '學校基本資料已儲存。',
    logo: '校徽',
    logoHint: 'PNG 或 SVG，最大 {{maxKb}} KB。',
    logoNone: '尚未上傳校徽。',
    logoAlt: '目前的校徽',
    logoUpload: '上傳校徽',
    logoSaved: '校徽已更新。',
    reload: '重新載入最新資料',
  },
};
