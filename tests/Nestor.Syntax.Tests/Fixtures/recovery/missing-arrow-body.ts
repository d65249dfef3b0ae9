items.map((x) => );
