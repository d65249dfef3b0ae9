class Mixed extends Mixin(Base, Other)<number> {}
