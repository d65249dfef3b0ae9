const f = (): { ok: boolean } => ({ ok: true });
