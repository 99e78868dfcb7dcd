/** JSON bodies above this are refused with 413; files go through multipart routes with their own limit. */
export const BODY_LIMIT = 1024 * 1024;
/** Largest uploaded file (signed agreements, import spreadsheets); routes may check a lower one. */
export const FILE_LIMIT = 20 * 1024 * 1024;
