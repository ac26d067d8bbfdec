// libFuzzer entry point for the roadmap reader (decoding, CSV splitting, validation, the date
// parser) and for posts (import, sync, export). Compiled into the StudyLog module by scripts/fuzz, so it reaches internal API too.
// Any crash, hang or broken invariant (a trap) is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func roadmapFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let today = Day(year: 2024, month: 9, day: 15)!

  // The whole pipeline, as `studylog check` runs it.
  let loaded = Roadmap.load(bytes: bytes, source: "fuzz.csv", today: today)
  if case .success(let text) = TextDecoder.decode(bytes) {
    let source = SourceText(text.utf8)
    let lastLine = source.lineStarts.count
    for d in loaded.diagnostics {
      if let line = d.line { precondition(line >= 1 && line <= lastLine, "line \(line) of \(lastLine)") }
      if let column = d.column { precondition(column >= 1) }
    }
    let (records, _) = CSVReader.read(text.utf8)
    for record in records {
      for field in record.fields { precondition(field.offset >= 0 && field.offset <= text.utf8.count) }
    }
  }

  // The date parser on the same bytes read as text: what it accepts must print and read back.
  let cell = String(decoding: bytes.prefix(64), as: UTF8.self)
  for role in [DateRole.start, .end] {
    if case .success(let day) = DateParser.parseDay(cell, role: role) {
      precondition(DateParser.parseDay(day.iso, role: role) == .success(day), "\(cell) -> \(day.iso)")
    }
  }
  if case .success(let range) = DateParser.parseRange(cell), let end = range.end {
    let printed = "\(range.start.iso) ~ \(end.iso)"
    precondition(DateParser.parseRange(printed) == .success(range), "\(cell) -> \(printed)")
  }
  // The markdown side: tables, inline markup, markers. Whatever a post holds, import and sync
  // must not crash, and sync must leave a post without markers as it was.
  let post = String(decoding: bytes, as: UTF8.self)
  let imported = PostImporter.load(markdown: post, source: "fuzz.md", today: today)
  let outcome = PostSync.sync(
    post: post, source: "fuzz.md", roadmap: imported.roadmap, style: .yymmdd, imageAlt: "x")
  if outcome.blocks == 0 { precondition(outcome.text == post) }
  if !outcome.diagnostics.hasErrors {
    _ = MarkdownExporter.markdown(imported.roadmap)
    _ = MermaidExporter.gantt(imported.roadmap, title: "t", today: today)
  }
  return 0
}
