class CatsService {
  constructor(@InjectModel(Cat.name) private readonly catModel: Model<Cat>, @Inject(forwardRef(() => DogsService)) private dogs: DogsService) {}
}
