export const ministryZhTW = {
  ministry: { title: '教育部報表' },
};
