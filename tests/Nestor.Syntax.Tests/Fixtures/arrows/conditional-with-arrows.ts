const pick = flag ? (x: number) => x : (y: number) => -y;
