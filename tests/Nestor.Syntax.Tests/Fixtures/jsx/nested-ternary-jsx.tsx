const el = cond ? <A /> : other ? <B /> : null;
