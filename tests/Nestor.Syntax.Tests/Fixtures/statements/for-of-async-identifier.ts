for (async of => 1; ;) break;
