/** The resource center's and portal's words the whole app shows (audit history, notifications). */
export const resourcesZhTW = {
  entityTypes: {
    resource: '資源',
    resource_category: '資源分類',
    portal_news: '公開網站消息',
    partner_profile: '合作學校公開資料',
    testimonial: '交換心得',
  },
  notifications: {
    resource: {
      review: {
        title: '資源待檢視：{{title}}',
        body: '您負責的資源「{{title}}」預定於 {{reviewOn}} 檢視，請確認內容是否仍正確，並更新版本或檢視日期。',
      },
    },
  },
};
