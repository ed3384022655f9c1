// kubernetes-models publishes only an "import" export condition, which Jest's
// CommonJS resolution never matches (it falls through to the .d.ts). Add the
// condition for that package family alone; the preset then transpiles them.
const esmOnly = /^@?kubernetes-models(\/|$)/;

module.exports = (request, options) =>
  options.defaultResolver(
    request,
    esmOnly.test(request) ? { ...options, conditions: [...(options.conditions ?? []), 'import'] } : options,
  );
