const el = <Button {...props} disabled />;
