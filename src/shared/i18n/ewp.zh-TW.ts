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
    ewp_xsd_invalid: '第 {{line}} 行 <{{element}}>：不符合 EWP 規格（{{detail}}）。',
    ewp_xml_malformed: '第 {{line}} 行：XML 格式錯誤（{{detail}}）。',
    ewp_validator_missing: '本伺服器無法檢查 EWP 檔案（缺少 xmllint），請洽系統管理者。',
    ewp_copy_not_ours: '此檔案與本校無關：其中沒有任何協議以本校 SCHAC 代碼（{{hei}}）為合作方。',
    ewp_copy_not_this_agreement: '此檔案不是本協議的副本：本校協議編號與合作學校 SCHAC 代碼皆不相符。',
    ewp_copy_no_agreement: '找不到與此檔案相符的本校協議：請先填寫合作學校的 SCHAC 代碼，或於協議頁面匯入。',
    ewp_copy_not_valid_for_approval: '合作學校的副本仍有標示「尚未定義」的部分，須待對方補齊後才能核可。',
    ewp_copies_differ: '兩份副本仍有 {{count}} 處不同：請先採用對方的值，或與合作學校達成一致。',
    ewp_difference_gone: '此差異已不存在，頁面已重新整理。',
    ewp_language_without_cefr: '對方副本的語言 {{language}} 未註明 CEFR 等級，本校名額需要等級，請自行填寫。',
    ewp_levels_not_one: '對方的條件同時涵蓋多個 EQF 等級（{{levels}}），本校名額每筆僅一個等級。',
    ewp_places_ambiguous: '本校該學年度有 {{count}} 筆名額符合此條件，請於名額表中修改。',
    ewp_factsheet_missing: '本校交換資訊表尚未填寫。',
    e164: '請以國際格式輸入電話，例如 +886223456789。',
    http_url: '請輸入以 https:// 開頭的網址。',
    ...reasons,
  },
  errors: {
    ...reasons,
    ewp_xsd_invalid_file: '此檔案不是有效的 EWP 協議檔（IIAs v7），請見下列各行說明。',
    ewp_factsheet_missing: '本校交換資訊表尚未填寫。',
    ewp_cannot_export: '本協議目前尚無法產生本校副本。',
  },
};
