/// Markdown as studylog reads and writes it: lines with their endings (`MarkdownLine`), GFM pipe
/// tables (`PipeTable`), the text and link of a cell (`inline`) and the one escaper (`escapeCell`).
enum Markdown {}
