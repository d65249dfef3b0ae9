@Module({ imports: [], providers: [CatsService] })
@Global()
export class CatsModule {}
