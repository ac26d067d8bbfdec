import Foundation
import TestSupport
import Testing

/// `studylog --version`: the release and the commit. The tests run a plain `swift build`, which
/// cannot know its commit; `scripts/test-package` checks the commit of a packaged binary.
@Suite struct VersionTests {
  @Test func plainBuildSaysItsCommitIsUnknown() throws {
    let r = try Binary.run(["--version"])
    #expect(r.status == 0)
    #expect(r.stderr == "")
    let line = r.stdout.trimmingCharacters(in: .newlines)
    #expect(r.stdout == line + "\n")
    #expect(line.hasPrefix("studylog "))
    #expect(line.hasSuffix(" (commit unknown: not built by scripts/package)"))
    let version = line.dropFirst("studylog ".count).prefix { $0 != " " }
    let parts = version.split(separator: ".", omittingEmptySubsequences: false)
    #expect(parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) })
  }
}
