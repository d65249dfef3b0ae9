@Nest.Injectable()
class Service {}
