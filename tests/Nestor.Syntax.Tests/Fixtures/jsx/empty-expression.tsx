const el = <div>{}</div>;
