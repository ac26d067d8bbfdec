// libFuzzer entry point for `sync` and the markdown export: the input is a roadmap CSV and a post,
// split at the first NUL byte (or in the middle). Compiled into the StudyLog module by
// `scripts/fuzz sync`. Any crash, hang or broken invariant (a trap) is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func syncFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let today = Day(year: 2024, month: 9, day: 15)!
  let cut = bytes.firstIndex(of: 0) ?? bytes.count / 2
  let csv = Array(bytes[..<cut])
  let post = String(decoding: bytes[min(cut + 1, bytes.count)...], as: UTF8.self)
  let loaded = Roadmap.load(bytes: csv, source: "fuzz.csv", today: today)
  guard !loaded.hasErrors else { return 0 }
  let roadmap = loaded.roadmap

  // The export reads back as the same roadmap, grouped by track.
  let markdown = MarkdownExporter.markdown(roadmap)
  let back = PostImporter.load(markdown: markdown, source: "export.md", today: today)
  if !roadmap.items.isEmpty {
    precondition(!back.hasErrors, "\(back.diagnostics)")
    let grouped = roadmap.byTrack.flatMap(\.items)
    precondition(back.roadmap.items.map(\.id) == grouped.map(\.id), "ids")
    precondition(back.roadmap.items.map(\.title) == grouped.map(\.title), "titles")
    precondition(back.roadmap.items.map(\.planned) == grouped.map(\.planned), "dates")
  }

  // Sync changes nothing a second time, and leaves a post without markers as it was.
  let first = PostSync.sync(post: post, source: "fuzz.md", roadmap: roadmap, style: .yymmdd, imageAlt: "x")
  if first.blocks == 0 { precondition(first.text == post) }
  if !first.diagnostics.hasErrors {
    let second = PostSync.sync(
      post: first.text, source: "fuzz.md", roadmap: roadmap, style: .yymmdd, imageAlt: "x")
    precondition(!second.diagnostics.hasErrors, "\(second.diagnostics)")
    precondition(second.text == first.text, "sync is not idempotent")
  }
  return 0
}
