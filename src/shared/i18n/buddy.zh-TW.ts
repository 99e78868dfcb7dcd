/**
 * The buddy program's shared strings (issue 18): validation and error messages and the notifications
 * both sides of a pair receive. The server always has them; the browser loads them with the buddy feature.
 */
export const buddyZhTW = {
  validation: {
    buddy_person: '查無此學生。',
    buddy_no_person: '您的帳號尚未連結學生資料，請洽國際處。',
    buddy_not_student: '只有學生可以參加學伴計畫。',
    buddy_no_inbound: '此學生沒有來校交流或就讀的紀錄，無法登記為境外生。',
    buddy_inbound_is_international: '此學生有來校紀錄，請登記為境外生。',
    buddy_capacity: '人數上限為 {{max}}。',
    buddy_weights_all_zero: '至少須有一項權重大於 0。',
    buddy_profile_exists: '此學生已登記本梯次。',
    buddy_profile_side: '請選擇本梯次中對應身分的學生。',
    buddy_pair_exists: '這兩位已配對。',
    buddy_capacity_full: '此學生的學伴人數已滿。',
    buddy_date_future: '日期不可晚於今天。',
    buddy_feedback_exists: '您已填寫過回饋。',
  },
  errors: {
    buddy_round_closed: '本梯次已結束。',
    buddy_nothing_to_publish: '沒有尚未公布的配對。',
  },
  notifications: {
    buddy: {
      matched_international: {
        title: '您的學伴：{{buddy}}',
        body: '「{{round}}」已為您安排在地學伴 {{buddy}}，對方將與您聯繫，協助您適應校園生活。',
      },
      matched_local: {
        title: '您的境外學伴：{{buddy}}',
        body: '「{{round}}」已為您配對境外生 {{buddy}}，請於一週內主動聯繫，並記錄第一次聯繫與見面。',
      },
    },
  },
};
