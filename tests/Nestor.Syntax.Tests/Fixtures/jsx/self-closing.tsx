const el = <Input value={value} onChange={(e) => set(e.target.value)} />;
