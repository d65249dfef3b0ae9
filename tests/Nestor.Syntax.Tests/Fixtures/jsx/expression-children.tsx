const el = <ul>{items.map((item) => <li key={item.id}>{item.name}</li>)}</ul>;
