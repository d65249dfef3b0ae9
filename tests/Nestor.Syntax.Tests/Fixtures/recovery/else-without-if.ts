else { x(); }
