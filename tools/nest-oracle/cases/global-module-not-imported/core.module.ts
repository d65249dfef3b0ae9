// @Global() makes the exports visible everywhere only once the module is imported somewhere.
import { Global, Module } from '@nestjs/common';
import { CLOCK, Clock } from './clock';

const fixedClock: Clock = { now: () => 0 };

@Global()
@Module({
  providers: [{ provide: CLOCK, useValue: fixedClock }],
  exports: [CLOCK],
})
export class CoreModule {}
