function fn(this: Window, ev: MouseEvent): any {}
