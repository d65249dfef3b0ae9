const list = <>
  <li>one</li>
  <li>two</li>
</>;
