async function run() {
  await using connection = await connect();
  for (await using item of resources) {}
  for (using x of disposables) {}
}
