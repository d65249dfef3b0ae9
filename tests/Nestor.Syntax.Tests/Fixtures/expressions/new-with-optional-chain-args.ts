const e = new Error(err?.message ?? 'unknown');
