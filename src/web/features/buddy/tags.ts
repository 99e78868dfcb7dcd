/** A typed list of languages or interests ("zh, en" or 「中文、英文」) as the API takes it. */
export const tags = (text: string) =>
  text
    .split(/[,，、]/)
    .map((s) => s.trim())
    .filter(Boolean);
