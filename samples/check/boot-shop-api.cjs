'use strict';
// Boots the compiled shop-api without a database and checks what expected-findings.md says Nest
// does with it: the application without ReportsModule boots (and keeps two timers alive after
// close), and ReportsModule fails on its module cycle.
// Usage: node boot-shop-api.cjs <outDir of `tsc -p samples/shop-api/tsconfig.json`>
require('reflect-metadata');
const Module = require('node:module');
const path = require('node:path');

const build = path.resolve(process.argv[2]);
const src = (file) => path.join(build, 'src', file);

// The sample imports shared code through the tsconfig alias `@common/*`; tsc leaves it as is.
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function resolveWithAlias(request, ...rest) {
  const target = request.startsWith('@common/') ? src(`common/${request.slice('@common/'.length)}`) : request;
  return resolveFilename.call(this, target, ...rest);
};

process.env.MONGODB_URI ??= 'mongodb://127.0.0.1:1/unused';
const mongoose = require('mongoose');
const common = require('@nestjs/common');
const { APP_FILTER, APP_GUARD, APP_INTERCEPTOR, NestFactory } = require('@nestjs/core');
const { ConfigModule } = require('@nestjs/config');
const { EventEmitterModule } = require('@nestjs/event-emitter');
const { JwtModule } = require('@nestjs/jwt');
const { getConnectionToken } = require('@nestjs/mongoose');
const { ScheduleModule } = require('@nestjs/schedule');
const { ThrottlerGuard, ThrottlerModule } = require('@nestjs/throttler');

const load = (file) => require(src(file));
const configuration = load('config/configuration.js').default;

// Stands in for MongooseModule.forRootAsync: a connection that is never opened still builds models.
class UnconnectedMongooseModule {}
common.Global()(UnconnectedMongooseModule);
common.Module({
  providers: [{ provide: getConnectionToken(), useValue: mongoose.createConnection() }],
  exports: [getConnectionToken()],
})(UnconnectedMongooseModule);

function rootModule(name, features, extraGlobals = []) {
  const root = { [name]: class {} }[name];
  common.Module({
    imports: [
      ConfigModule.forRoot({ isGlobal: true, cache: true, load: [configuration] }),
      UnconnectedMongooseModule,
      ThrottlerModule.forRoot([{ name: 'default', ttl: 60_000, limit: 120 }]),
      ScheduleModule.forRoot(),
      EventEmitterModule.forRoot(),
      load('common/common.module.js').CommonModule,
      load('mail/mail.module.js').MailModule.register({ from: 'check@example.test' }),
      ...extraGlobals,
      ...features,
    ],
    providers: [
      { provide: APP_GUARD, useClass: ThrottlerGuard },
      { provide: APP_FILTER, useClass: load('common/filters/all-exceptions.filter.js').AllExceptionsFilter },
      { provide: APP_INTERCEPTOR, useClass: load('common/interceptors/logging.interceptor.js').LoggingInterceptor },
    ],
  })(root);
  return root;
}

const failures = [];
function expect(label, actual, expected) {
  const ok = actual === expected;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: ${actual}${ok ? '' : ` (expected ${expected})`}`);
  if (!ok) failures.push(label);
}

async function bootApplicationWithoutReports() {
  const features = [
    'auth/auth.module.js:AuthModule',
    'users/users.module.js:UsersModule',
    'products/products.module.js:ProductsModule',
    'orders/orders.module.js:OrdersModule',
    'health/health.module.js:HealthModule',
  ].map((entry) => {
    const [file, name] = entry.split(':');
    return load(file)[name];
  });
  const timersBefore = countTimeouts();
  const app = await NestFactory.create(rootModule('ApplicationWithoutReports', features), {
    logger: false,
    abortOnError: false,
  });
  await app.init();
  expect('application without ReportsModule boots', true, true);
  await app.close();
  // The planted setInterval (CatalogCacheService) and interval().subscribe (HealthService).
  expect('timers still active after app.close()', countTimeouts() - timersBefore, 2);
}

async function bootReports() {
  const reports = load('reports/reports.module.js').ReportsModule;
  const jwt = JwtModule.register({ global: true, secret: 'boot-check' });
  try {
    await NestFactory.createApplicationContext(rootModule('ReportsOnly', [reports], [jwt]), {
      logger: false,
      abortOnError: false,
    });
    expect('ReportsModule fails to boot', 'it booted', 'an error');
  } catch (error) {
    expect(
      'ReportsModule fails on its module cycle',
      error.message.split('\n\n')[0],
      'Nest cannot create the AnalyticsModule instance.\nThe module at index [0] of the AnalyticsModule "imports" array is undefined.',
    );
  }
}

function countTimeouts() {
  return process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
}

(async () => {
  await bootApplicationWithoutReports();
  await bootReports();
  console.log(failures.length === 0 ? 'shop-api boots as documented' : `${failures.length} check(s) failed`);
  // The planted timers would keep the process alive: exit explicitly.
  process.exit(failures.length === 0 ? 0 : 1);
})().catch((error) => {
  console.error(error);
  process.exit(3);
});
