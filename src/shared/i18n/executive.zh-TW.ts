export const executiveZhTW = {
  executive: { title: '國際化儀表板' },
};
