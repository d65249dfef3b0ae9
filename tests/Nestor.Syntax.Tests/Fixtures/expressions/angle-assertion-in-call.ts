use(<Cat>{ name: 'Tom' });
