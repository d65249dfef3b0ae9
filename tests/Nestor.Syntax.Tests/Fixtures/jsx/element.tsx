const el = <div className="box">Hello</div>;
