@Controller('cats')
export class CatsController {
  constructor(private readonly cats: CatsService) {}
  @Get()
  findAll(@Query() query:
