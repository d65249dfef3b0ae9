export function App(): JSX.Element {
  return <Layout title="home"><Page /></Layout>;
}
