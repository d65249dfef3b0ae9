const load = async () => await fetchIt();
const loadOne = async x => x;
const typed = async (x: number): Promise<number> => x;
