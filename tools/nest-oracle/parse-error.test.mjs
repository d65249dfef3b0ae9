import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseNestError } from './parse-error.mjs';

const advice = '\n\nPotential solutions:\n- Is AppModule a valid NestJS module?\n';

test('an unknown constructor dependency names provider, token, index and module', () => {
  const message =
    "Nest can't resolve dependencies of the InvoiceService (ClockService, ?). Please make sure that the argument IdGenerator at index [1] is available in the AppModule module." +
    advice;
  assert.deepEqual(parseNestError(message), {
    kind: 'unknown-dependency',
    message:
      "Nest can't resolve dependencies of the InvoiceService (ClockService, ?). Please make sure that the argument IdGenerator at index [1] is available in the AppModule module.",
    provider: 'InvoiceService',
    dependency: 'IdGenerator',
    index: 1,
    module: 'AppModule',
    scope: null,
  });
});

test('an undefined or Object parameter type has no token and no module', () => {
  const parsed = parseNestError(
    "Nest can't resolve dependencies of the UsersService (?). Please make sure that the argument at index [0] is available in the current module." +
      advice,
  );
  assert.equal(parsed.kind, 'unknown-dependency');
  assert.equal(parsed.dependency, null);
  assert.equal(parsed.module, null);
  assert.equal(parsed.index, 0);
});

test('a string token keeps the quotes Nest prints', () => {
  const parsed = parseNestError(
    `Nest can't resolve dependencies of the DB_URL_PARTS (?). Please make sure that the argument "DB_URL" at index [0] is available in the AppModule module.`,
  );
  assert.equal(parsed.provider, 'DB_URL_PARTS');
  assert.equal(parsed.dependency, '"DB_URL"');
});

test('an unknown injected property names the property', () => {
  const parsed = parseNestError(
    `Nest can't resolve dependencies of the AuditService. Please make sure that the "sink" property is available in the current context.${advice}`,
  );
  assert.deepEqual(
    { kind: parsed.kind, provider: parsed.provider, dependency: parsed.dependency, index: parsed.index },
    { kind: 'unknown-property', provider: 'AuditService', dependency: 'sink', index: null },
  );
});

test('an undefined module in imports gives the importing module, the index and the scope', () => {
  const message = `Nest cannot create the PaymentsModule instance.
The module at index [0] of the PaymentsModule "imports" array is undefined.

Potential causes:
- A circular dependency between modules. Use forwardRef() to avoid it.

Scope [AppModule -> OrdersModule]`;
  assert.deepEqual(parseNestError(message), {
    kind: 'undefined-module',
    message:
      'Nest cannot create the PaymentsModule instance.\nThe module at index [0] of the PaymentsModule "imports" array is undefined.',
    provider: null,
    dependency: null,
    index: 0,
    module: 'PaymentsModule',
    scope: ['AppModule', 'OrdersModule'],
  });
});

test('an export that is not provided names the module and the export', () => {
  const parsed = parseNestError(
    'Nest cannot export a provider/module that is not a part of the currently processed module (CryptoModule). Please verify whether the exported HashingService is available in this particular context.\n\nPossible Solutions:\n',
  );
  assert.equal(parsed.kind, 'unknown-export');
  assert.equal(parsed.module, 'CryptoModule');
  assert.equal(parsed.provider, 'HashingService');
});

test('an undefined forwardRef is recognised with its empty scope', () => {
  const parsed = parseNestError(
    'Nest cannot create the module instance. Often, this is because of a circular dependency between modules. Use forwardRef() to avoid it.\n\n(Read more: https://docs.nestjs.com/fundamentals/circular-dependency)\nScope [AppModule]\n',
  );
  assert.equal(parsed.kind, 'undefined-forward-ref');
  assert.deepEqual(parsed.scope, ['AppModule']);
});

test('any other message is kept as its first paragraph', () => {
  assert.deepEqual(parseNestError('Something else broke.\n\nDetails'), {
    kind: 'other',
    message: 'Something else broke.',
    provider: null,
    dependency: null,
    index: null,
    module: null,
    scope: null,
  });
});
