@Injectable
export class CatsService {}
