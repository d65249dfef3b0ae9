const city = user?.address?.city;
const item = list?.[0];
