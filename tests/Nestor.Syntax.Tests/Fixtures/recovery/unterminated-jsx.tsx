const el = <div><span>text</div>;
