import Foundation
import TestSupport
import Testing

/// The shell completions the README documents.
@Suite struct CompletionScriptTests {
  @Test(arguments: ["bash", "zsh", "fish"])
  func everyShellGetsEveryCommandAndOption(shell: String) throws {
    let r = try Binary.run(["--generate-completion-script", shell])
    #expect(r.status == 0, "\(r.stderr)")
    for word in ["report", "chart", "init", "watch", "config", "image-dir", "no-config"] {
      #expect(r.stdout.contains(word), "\(shell) script lacks \(word)")
    }
  }
}
