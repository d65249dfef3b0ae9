@Controller({ path: 'cats', version: '1' })
export class CatsController {}
