const el = <div data-id="1" aria-label="close" />;
