declare class Lib {}
export = Lib;
