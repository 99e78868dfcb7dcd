/** Erasmus Without Paper files (issue 22): SCHAC codes and the IIA v7 export. */
const reasons = {
  ewp_bilateral: 'EWP 合作協議僅限雙邊：此協議須恰有一所合作學校才能匯出。',
  ewp_partner_schac: '合作學校尚未填寫 SCHAC 代碼（學校網域），請先至合作學校資料填寫。',
  ewp_own_schac: '無法由本校網站網址取得本校 SCHAC 代碼，請先於「本校資料」填寫網站網址。',
};

export const ewpZhTW = {
  validation: {
    schac: '請輸入小寫的學校網域，例如 uw.edu.pl。',
    duplicate_schac: '此 SCHAC 代碼已由另一所合作學校使用。',
    ...reasons,
  },
  errors: reasons,
};
