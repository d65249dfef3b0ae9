const el = <p>a &amp; b &lt; c {'{'}text{'}'}</p>;
