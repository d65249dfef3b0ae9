const t = `abc ${x}
