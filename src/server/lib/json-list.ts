/** A JSON list column (tags, languages, unit ids) read as strings; a broken or missing value reads as empty. */
export function jsonList(json: string | null): string[] {
  if (!json) return [];
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}
