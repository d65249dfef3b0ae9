@Injectable()
