const el = <Select<string> options={opts} />;
