items.filter((item) => item.active).map(item => item.id);
