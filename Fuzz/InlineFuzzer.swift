// libFuzzer entry point comparing `Markdown.inline` (Swift `Regex` on Unicode scalars and
// hand-written scanners) with `LegacyInline.inline`, the `NSRegularExpression` version it replaced
// (Tests/StudyLogTests/Posts/LegacyInline.swift). Compiled into the StudyLog module by
// `scripts/fuzz inline`. Any difference in the text or the link is a finding, except where the old
// version's result came from a match bound inside a character (`LegacyInline`'s quirk), which the
// new version does not copy.

@_cdecl("LLVMFuzzerTestOneInput")
public func inlineFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let cell = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  let new = Markdown.inline(cell)
  let old = LegacyInline.inlineNotingQuirks(cell)
  if old.quirk { return 0 }
  precondition(
    new.text == old.text,
    "text of \(cell.debugDescription): \(new.text.debugDescription) ≠ \(old.text.debugDescription)")
  precondition(
    new.link == old.link,
    "link of \(cell.debugDescription): \(String(describing: new.link)) ≠ \(String(describing: old.link))")
  return 0
}
