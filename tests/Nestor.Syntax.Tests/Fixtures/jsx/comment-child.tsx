const el = <div>{/* comment */}</div>;
