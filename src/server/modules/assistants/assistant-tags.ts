/** A JSON list column (skills, languages, college ids) as strings; a broken value reads as empty. */
export function tagsOf(json: string): string[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [];
  }
}
