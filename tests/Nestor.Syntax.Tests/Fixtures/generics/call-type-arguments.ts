const cats = await this.catModel.find<Cat>({ name }).lean<Cat[]>().exec();
