class UsersController {
  create(@Body() body: CreateUserDto, @Req() req: Request, @Headers('x-trace') trace?: string) {}
}
