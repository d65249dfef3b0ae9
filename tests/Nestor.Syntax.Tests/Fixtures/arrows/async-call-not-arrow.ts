const result = async(1, 2);
