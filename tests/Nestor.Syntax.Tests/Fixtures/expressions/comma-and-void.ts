const r = (a(), b(), void 0);
