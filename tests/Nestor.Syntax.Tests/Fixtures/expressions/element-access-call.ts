handlers[event](payload);
