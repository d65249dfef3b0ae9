const html = tag`<p>${name}</p>`;
const nested = outer`a ${inner`b ${c}`} d`;
