@Entity(`cats_${suffix}`)
class Entity1 {}
