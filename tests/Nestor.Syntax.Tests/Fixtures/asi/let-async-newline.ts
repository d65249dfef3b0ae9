async
function notAsync() {}
