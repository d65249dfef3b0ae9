@UseGuards(AuthGuard('jwt'), RolesGuard)
@ApiResponse({ status: 200, type: () => [CatDto] })
class Guarded {}
