@Injectable()
export abstract class Repository<T> {
  abstract find(id: string): Promise<T>;
}
