export const activitiesZhTW = {
  activities: { title: '學院交流活動' },
};
