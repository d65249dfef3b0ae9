while (running) step();
do { tick(); } while (pending)
