// libFuzzer entry point for the writers whose output lands in posts, spreadsheets and terminals:
// the markdown escaper, the CSV field writer and the terminal filter. Compiled into the StudyLog
// module by `scripts/fuzz writers`. Any crash, hang or broken invariant (a trap) is a finding.

@_cdecl("LLVMFuzzerTestOneInput")
public func writersFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  // Line breaks as the readers return them: CR LF and CR become LF (on scalars: a CR followed by a
  // combining mark is one Character, which String replacement would not touch).
  var scalars = String.UnicodeScalarView()
  var previousWasCR = false
  for scalar in text.unicodeScalars {
    if scalar == "\n" && previousWasCR {
      previousWasCR = false
      continue
    }
    previousWasCR = scalar == "\r"
    scalars.append(scalar == "\r" ? "\n" : scalar)
  }
  let normalized = String(scalars)

  // Markdown: one line, no tag of its own making but <br> and the empty span, and `inline` reads
  // the text back as it was (as `import` relies on).
  let cell = Markdown.escapeCell(text)
  precondition(
    !cell.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }, "line break in \(cell.debugDescription)")
  // On scalars, as the engines read it: "<br>" before a combining mark is still "<br>".
  var rest = Substring(cell).unicodeScalars[...]
  while let open = rest.firstIndex(of: "<") {
    let tail = rest[open...]
    let token = ["<br>", "<span></span>"].first { tail.starts(with: $0.unicodeScalars) }
    precondition(token != nil, "tag in \(cell.debugDescription)")
    rest = tail.dropFirst(token!.unicodeScalars.count)
  }
  let heading = Markdown.escapeHeading(text)
  precondition(!heading.unicodeScalars.contains { $0 == "\n" || $0 == "\r" })
  if !text.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\r" && $0 != "\t" }) {
    let back = Markdown.inline(cell).text
    precondition(
      back == normalized.trimmingWhitespace(),
      "\(text.debugDescription) -> \(cell.debugDescription) -> \(back.debugDescription)")
  }

  // CSV: one field that reads back as the text, formula guard undone.
  if !text.isEmpty {
    let field = CSVWriter.field(text)
    let (records, issues) = CSVReader.read(Array((field + "\n").utf8))
    precondition(issues.allSatisfy { $0.severity != .error }, "\(field.debugDescription): \(issues)")
    precondition(records.count == 1 && records[0].fields.count == 1, "\(field.debugDescription)")
    precondition(CSVWriter.unguarded(records[0].fields[0].value) == normalized, "\(field.debugDescription)")
    if CSVWriter.isFormula(text) { precondition(!CSVWriter.isFormula(records[0].fields[0].value)) }
  }

  // Terminal: nothing a terminal would act on.
  precondition(!TerminalText.visible(text).unicodeScalars.contains(where: TerminalText.isHidden))
  return 0
}
