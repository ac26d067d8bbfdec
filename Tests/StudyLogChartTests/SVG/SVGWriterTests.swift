import Foundation
import StudyLog
import TestSupport
import Testing

@testable import StudyLogChart

/// Items with and without links: https, http, none; one title too long for its column; a
/// milestone; one without dates.
let linkedCSV = """
  id,track,category,title,url,planned,actual,progress
  1,SRE,Infra,Early,https://blog.example/posts/early/,24.03.01-24.03.31,24.03.01-24.03.28,100
  2,SRE,Infra,On time,http://old.example/on-time?a=1&b=2,24.04.01-24.04.30,24.04.01-24.04.30,
  3,SRE,Network,Running,,24.09.01-24.09.30,24.09.02-,40
  4,MLOps,Cloud,Exam,https://blog.example/exam,24.06.30,24.06.30-24.06.30,
  5,MLOps,Cloud,Someday,,TBD,,
  6,MLOps,Cloud,A title far too long for the label column of this chart to hold whole,https://blog.example/long,24.07.01-24.08.31,,

  """

/// The light and dark layouts of `csv` with the fixed-width measurer, and its document.
func svg(_ csv: String = linkedCSV, locale: Language = .en, twoThemes: Bool = true) throws -> (
  document: String, xml: ParsedXML, light: ChartLayout
) {
  let light = layout(csv, locale: locale)
  let dark = layout(csv, locale: locale) { $0.theme = .dark }
  let annotations = SVGAnnotations.timeline(light.scene, roadmap: roadmap(csv), options: light.options)
  let document = SVGWriter(families: "NanumGothic, DejaVu Sans, sans-serif").document(
    light.scene, dark: twoThemes ? dark.scene : nil, annotations: annotations)
  return (document, try ParsedXML(Data(document.utf8)), light)
}

/// The web SVG of a timeline, parsed back with XMLParser.
@Suite struct SVGWriterTests {
  @Test func everyTitleIsTextAndEveryWebURLALink() throws {
    let (_, xml, light) = try svg()
    let texts = xml.root.elements("text")
    let labels = Scene.texts(in: light.scene.nodes).map(\.text).filter { !$0.isEmpty }
    // Every text of the scene, and nothing else, in paint order.
    #expect(texts.map(\.allText) == labels)
    let titles = (1...6).map { Scene.texts(in: rowNodes(light, "\($0)"))[0].text }
    #expect(titles[5].hasSuffix("…") && titles[5].count < 70)
    for title in titles { #expect(texts.contains { $0.allText == title }, "\(title)") }
    let links = xml.root.elements("a")
    #expect(
      links.map { $0.attributes["href"] } == [
        "https://blog.example/posts/early/", "http://old.example/on-time?a=1&b=2",
        "https://blog.example/exam",
        "https://blog.example/long",
      ])
    #expect(
      links.map { $0.elements("text").map(\.allText) } == [
        [titles[0]], [titles[1]], [titles[3]], [titles[5]],
      ])
    for link in links {
      #expect(link.attributes["rel"] == "noopener noreferrer")
      #expect(link.attributes["target"] == nil)  // the same tab
    }
  }

  @Test func everyItemRowHasItsTooltip() throws {
    let (_, xml, _) = try svg()
    let rows = xml.root.elements("g").filter { $0.children.first?.name == "title" }
    #expect(rows.count == 6)
    let tips = rows.map { $0.children[0].allText }
    #expect(
      tips[0]
        == "#1 Early · Infra\nplanned 2024-03-01 – 2024-03-31 (31 days)\nactual 2024-03-01 – 2024-03-28\ndone · 3 days early"
    )
    #expect(
      tips[2]
        == "#3 Running · Network\nplanned 2024-09-01 – 2024-09-30 (30 days)\nactual 2024-09-02 –\nin progress · progress 40%"
    )
    #expect(tips[3] == "#4 Exam · Cloud\nplanned 2024-06-30\nactual 2024-06-30 – 2024-06-30\ndone · on time")
    #expect(tips[4] == "#5 Someday · Cloud\nunscheduled")
    #expect(
      tips[5]
        == "#6 A title far too long for the label column of this chart to hold whole · Cloud\nplanned 2024-07-01 – 2024-08-31 (62 days)\nplanned · overdue 15d"
    )
    // Each bar and milestone is inside its row's group, under the tooltip.
    let shapes = rows.map { $0.all.filter { ["rect", "polygon"].contains($0.name) }.count }
    #expect(shapes == [2, 2, 2, 2, 0, 1])
  }

  @Test func koreanTooltipsAndLanguage() throws {
    let (_, xml, _) = try svg(locale: .ko)
    #expect(xml.root.attributes["lang"] == "ko")
    #expect(xml.root.attributes["xml:lang"] == "ko")
    let tips = xml.root.elements("g").compactMap {
      $0.children.first?.name == "title" ? $0.children[0].allText : nil
    }
    #expect(
      tips[0]
        == "#1 Early · Infra\n계획 2024-03-01 – 2024-03-31 (31일)\n실제 2024-03-01 – 2024-03-28\n완료 · 3일 일찍 완료")
    #expect(
      tips[2] == "#3 Running · Network\n계획 2024-09-01 – 2024-09-30 (30일)\n실제 2024-09-02 –\n진행 중 · 진행률 40%")
    #expect(
      xml.root.elements("desc")[0].allText
        == "항목 6개 · 2024-03-01 – 2024-09-30 · 2024-09-15 기준 · 완료 3개, 진행 중 1개, 지연 1개")
  }

  @Test func accessibleNameDescriptionAndReadingOrder() throws {
    let (_, xml, light) = try svg()
    let root = xml.root
    #expect(root.name == "svg")
    #expect(root.attributes["role"] == "img")
    #expect(root.attributes["lang"] == "en")
    let id = try #require(root.attributes["id"])
    #expect(root.attributes["aria-labelledby"] == "\(id)-t \(id)-d")
    #expect(root.children.prefix(2).map(\.name) == ["title", "desc"])
    #expect(root.children[0].attributes["id"] == "\(id)-t" && root.children[0].allText == "Test")
    #expect(root.children[1].attributes["id"] == "\(id)-d")
    #expect(
      root.children[1].allText
        == "6 items · 2024-03-01 – 2024-09-30 · as of 2024-09-15 · 3 done, 1 in progress, 1 overdue")
    #expect(
      root.attributes["width"] == "1200"
        && root.attributes["viewBox"] == "0 0 1200 \(fmt(light.scene.height))")
    // Text in reading order: the title first, then the subtitle, and the rows top to bottom.
    let texts = root.elements("text").map(\.allText)
    #expect(texts.prefix(2) == ["Test", "6 items · 2024-03-01 – 2024-09-30 · as of 2024-09-15"])
    let rows = ["Early", "On time", "Running", "Exam", "Someday"].map { t in texts.firstIndex(of: t)! }
    #expect(rows == rows.sorted())
  }

  @Test func lightAndDarkColoursAsCustomProperties() throws {
    let (document, xml, _) = try svg()
    let id = try #require(xml.root.attributes["id"])
    let style = xml.root.elements("style")[0].allText
    #expect(style.contains("@media (prefers-color-scheme:dark){#\(id){--c0:#0D1117;--c1:#E6EDF3;"))
    #expect(style.contains("#\(id){--c0:#FFFFFF;--c1:#1F2328;"))
    #expect(style.contains(".f0{fill:var(--c0)}"))
    // The background is the first shape, painted with --c0.
    #expect(xml.root.elements("rect")[0].attributes["class"] == "f0")
    // No colour written on an element: every paint goes through a class.
    #expect(!document.contains("fill=\"#") && !document.contains("stroke=\"#"))

    let (one, oneXML, _) = try svg(twoThemes: false)
    #expect(!one.contains("@media"))
    #expect(oneXML.root.elements("style")[0].allText.contains("{--c0:#FFFFFF;"))
  }

  @Test func aDarkSceneLaidOutDifferentlyIsIgnored() throws {
    let light = layout(linkedCSV)
    let other = layout(linkedCSV, width: 900) { $0.theme = .dark }
    let annotations = SVGAnnotations(scene: light.scene, title: "Test", language: .en)
    let document = SVGWriter(families: "sans-serif").document(
      light.scene, dark: other.scene, annotations: annotations)
    #expect(!document.contains("@media"))
    #expect(SVGWriter.sameLayout(light.scene, layout(linkedCSV) { $0.theme = .dark }.scene))
    #expect(!SVGWriter.sameLayout(light.scene, other.scene))
  }

  /// Every chart's dark layout pairs with its light one, so that its web SVG follows the scheme.
  @Test func everyChartHasTheSameLayoutInBothThemes() {
    let m = FixedWidthMeasurer()
    func scenes(_ make: (ChartOptions) -> Scene) -> (Scene, Scene) {
      var options = ChartOptions(title: "T", today: day("2024-09-15"))
      let light = make(options)
      options.theme = .dark
      return (light, make(options))
    }
    let log = [("2024-09-02", 2.0), ("2024-09-03", 0.5), ("2024-09-10", 4.0)].map {
      Session(day: day($0.0), itemID: "1", hours: $0.1)
    }
    let pairs = [
      scenes { ChartLayout(roadmap: roadmap(linkedCSV), options: $0, measurer: m).scene },
      scenes { HeatmapLayout(sessions: log, options: $0, measurer: m).scene },
      scenes { ProgressLayout(roadmap: roadmap(linkedCSV), options: $0, measurer: m).scene },
    ]
    for (light, dark) in pairs {
      #expect(light != dark)
      #expect(SVGWriter.sameLayout(light, dark))
    }
  }

  @Test func textKeepsTheMeasuredWidth() throws {
    let (_, xml, light) = try svg()
    let texts = xml.root.elements("text")
    let nodes = Scene.texts(in: light.scene.nodes).filter { !$0.text.isEmpty }
    for (element, node) in zip(texts, nodes) {
      #expect(element.attributes["textLength"] == fmt(node.width))
      #expect(element.attributes["x"] == fmt(node.x) && element.attributes["y"] == fmt(node.y))
      #expect(element.attributes["lengthAdjust"] == (node.text.hasSuffix("…") ? "spacingAndGlyphs" : nil))
    }
  }

  @Test func deterministicAndSelfContained() throws {
    let (a, xml, _) = try svg()
    #expect(try svg().document == a)
    #expect(try svg("id,category,title,planned\n1,A,b,24.01.01-24.02.01\n").document != a)
    let names = Set(xml.root.all.map(\.name))
    #expect(
      names.isSubset(of: ["svg", "title", "desc", "style", "rect", "line", "polygon", "text", "g", "a"]))
    // The only references are the items' links; no url(), @import or xlink.
    let hrefs = xml.root.all.compactMap { $0.attributes["href"] }
    #expect(hrefs.count == 4)
    for marker in ["url(", "@import", "xlink", "<image", "<use", "<script"] {
      #expect(!a.contains(marker), "\(marker)")
    }
  }

  /// A title holding markup, quotes, a control character and characters XML 1.0 forbids still
  /// gives a well-formed document that reads back as the title, forbidden characters spelled out.
  @Test func anyTextGivesWellFormedXML() throws {
    let hostile = "<b>&amp; \"q\" 'a' ]]> \u{1B}[2J\u{0}\u{8}\u{B}\u{FFFE} tab\there 한글"
    let m = FixedWidthMeasurer()
    let scene = Scene(
      width: 100, height: 50, background: .init(red: 1, green: 1, blue: 1),
      nodes: [
        .group(
          "item 1",
          [
            .group(
              "label",
              [m.text(hostile, x: 1, y: 2, font: Font(size: 12), color: .init(red: 0, green: 0, blue: 0))])
          ])
      ])
    let annotations = SVGAnnotations(
      title: hostile, description: "d\u{0}", language: .en, links: ["1": "https://x.example/?a=<1>&b=\"2\""],
      tooltips: ["1": hostile + "\nline 2"])
    let document = SVGWriter(families: "A\"B, C\\D <E>").document(scene, annotations: annotations)
    let xml = try ParsedXML(Data(document.utf8))
    let shown = "<b>&amp; \"q\" 'a' ]]> \u{1B}[2J\\u{0}\\u{8}\\u{B}\\u{FFFE} tab\there 한글"
    #expect(xml.root.elements("text")[0].allText == shown.replacingOccurrences(of: "\u{1B}", with: "\\u{1B}"))
    #expect(
      xml.root.elements("title")[0].allText == shown.replacingOccurrences(of: "\u{1B}", with: "\\u{1B}"))
    #expect(xml.root.elements("a")[0].attributes["href"] == "https://x.example/?a=<1>&b=\"2\"")
    #expect(xml.root.elements("desc")[0].allText == "d\\u{0}")
    #expect(
      xml.root.elements("style")[0].allText.contains("font-family:\"A\\\"B\",\"C\\\\D <E>\",sans-serif;"))
  }

  @Test func fontStackEndsWithAGenericFamily() {
    #expect(
      SVGWriter.cssFontFamilies("NanumGothic, DejaVu Sans, Noto Sans CJK KR, sans-serif")
        == "\"NanumGothic\",\"DejaVu Sans\",\"Noto Sans CJK KR\",sans-serif")
    #expect(
      SVGWriter.cssFontFamilies("DejaVu Sans, NanumGothic") == "\"DejaVu Sans\",\"NanumGothic\",sans-serif")
    #expect(SVGWriter.cssFontFamilies("Serif") == "serif")
  }

  /// Bytes grow by the same amount for every 120 items of the same shape (which also add three
  /// repeated axes, one every `ChartLayout.axisRepeatRows` rows).
  @Test func sizeGrowsLinearlyPerItem() throws {
    func size(_ n: Int) throws -> Int {
      var csv = "id,track,category,title,url,planned,actual\n"
      for i in 1...n {
        csv +=
          "\(i),,C\(i % 5),Item \(i + 1000),https://b.example/\(i + 1000),24.03.01-24.03.31,24.03.02-24.04.02\n"
      }
      return try svg(csv).document.utf8.count
    }
    let (a, b, c) = (try size(120), try size(240), try size(360))
    let (first, second) = (Double(b - a), Double(c - b))
    #expect(abs(second - first) / first < 0.01, "\(a) \(b) \(c)")
  }
}
