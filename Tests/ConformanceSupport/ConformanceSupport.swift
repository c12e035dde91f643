// The test-support module's former name, for test files not yet moved to `import TestSupport`.
// Remove this target once no test imports ConformanceSupport.
@_exported public import TestSupport
