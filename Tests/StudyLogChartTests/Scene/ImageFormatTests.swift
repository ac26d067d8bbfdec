import Testing

@testable import StudyLogChart

/// The image format a file name asks for, by its extension.
@Suite struct ImageFormatTests {
  @Test func formatsFromFileNames() {
    #expect(ImageFormat(path: "out/chart.PNG") == .png)
    #expect(ImageFormat(path: "a.svg") == .svg)
    #expect(ImageFormat(path: "a.pdf") == .pdf)
    #expect(ImageFormat(path: "a.jpg") == nil)
    #expect(ImageFormat(path: "dir.png/file") == nil)
  }
}
