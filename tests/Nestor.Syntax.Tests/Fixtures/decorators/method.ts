class CatsController {
  @Get(':id')
  @HttpCode(200)
  findOne(@Param('id') id: string) {
    return id;
  }
}
