for (;;) { break; }
for (let i = 0; i < 10; i++) continue;
for (const key in object) {}
for (const value of values) {}
for await (const chunk of stream) {}
