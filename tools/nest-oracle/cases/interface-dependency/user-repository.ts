export interface UserRepository {
  findName(id: string): string | undefined;
}
