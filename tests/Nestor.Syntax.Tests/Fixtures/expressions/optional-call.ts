callback?.();
obj.method?.(1, 2);
obj?.a.b?.(c)?.d;
