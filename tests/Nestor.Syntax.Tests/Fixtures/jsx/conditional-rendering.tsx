const el = <div>{loading ? <Spinner /> : <Content data={data} />}</div>;
