// `day(_:)`, `sampleToday` and the other shared helpers come from TestSupport, visible in every
// file of this target.
@_exported import TestSupport
