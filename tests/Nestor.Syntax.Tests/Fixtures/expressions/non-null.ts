const name = user!.profile!.name!;
const first = list![0]!;
