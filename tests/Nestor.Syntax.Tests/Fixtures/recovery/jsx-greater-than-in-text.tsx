const el = <div>a > b</div>;
