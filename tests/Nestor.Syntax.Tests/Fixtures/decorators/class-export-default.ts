@Injectable()
export default class DefaultService {}
