class K { #m() {} run() { this.#m(); } }
