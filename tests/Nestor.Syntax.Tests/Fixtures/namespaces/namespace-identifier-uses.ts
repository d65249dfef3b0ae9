const namespace = 1;
const module = { exports: {} };
namespace;
module.exports = namespace;
