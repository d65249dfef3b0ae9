// Turns the text of an error Nest throws while booting into structured fields.
// Every field is present in every result (null when Nest's message does not name it),
// so a consumer can compare objects without guessing which keys exist.

const unknownDependency =
  /^Nest can't resolve dependencies of the (.+?) \((.*?)\)\. Please make sure that the argument(?: (.+?))? at index \[(\d+)\] is available in the (.+?) module\./s;
const unknownProperty =
  /^Nest can't resolve dependencies of the (.+?)\. Please make sure that the "(.+?)" property is available in the current context\./s;
const undefinedModule =
  /^Nest cannot create the (.+?) instance\.\nThe module at index \[(\d+)\] of the .+? "imports" array is undefined\./;
const unknownExport =
  /^Nest cannot export a provider\/module that is not a part of the currently processed module \((.+?)\)\. Please verify whether the exported (.+?) is available in this particular context\./s;
const undefinedForwardRef =
  /^Nest cannot create the module instance\. Often, this is because of a circular dependency between modules\./;
const scopeLine = /^Scope \[(.*)\]$/m;

/** @param {string} message the `message` of the error Nest threw */
export function parseNestError(message) {
  const base = {
    kind: 'other',
    message: firstParagraph(message),
    provider: null,
    dependency: null,
    index: null,
    module: null,
    scope: parseScope(message),
  };
  let match = unknownDependency.exec(message);
  if (match) {
    return {
      ...base,
      kind: 'unknown-dependency',
      provider: match[1],
      dependency: match[3] ?? null,
      index: Number(match[4]),
      // Nest says "current" when it blames an undefined or Object parameter type, not a module.
      module: match[5] === 'current' ? null : match[5],
    };
  }
  match = unknownProperty.exec(message);
  if (match) {
    return { ...base, kind: 'unknown-property', provider: match[1], dependency: match[2] };
  }
  match = undefinedModule.exec(message);
  if (match) {
    return { ...base, kind: 'undefined-module', module: match[1], index: Number(match[2]) };
  }
  match = unknownExport.exec(message);
  if (match) {
    return { ...base, kind: 'unknown-export', module: match[1], provider: match[2] };
  }
  if (undefinedForwardRef.test(message)) {
    return { ...base, kind: 'undefined-forward-ref' };
  }
  return base;
}

function firstParagraph(text) {
  return text.split(/\n\s*\n/)[0].trim();
}

function parseScope(message) {
  const match = scopeLine.exec(message);
  return match ? match[1].split(' -> ').filter((name) => name.length > 0) : null;
}
