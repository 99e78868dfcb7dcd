export const indicatorsZhTW = {
  indicators: { title: '國際化指標' },
};
