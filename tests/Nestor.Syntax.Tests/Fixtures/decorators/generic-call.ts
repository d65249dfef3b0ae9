@Type<CatDto>(() => CatDto)
class Wrapper {}
