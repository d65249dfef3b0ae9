const url = import.meta.url;
