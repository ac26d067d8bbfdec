import StudyLog
import Testing

@testable import StudyLogChart

func roadmap(_ csv: String) -> Roadmap {
  let loaded = Roadmap.load(csv: csv, source: "t.csv", today: day("2024-09-15"))
  precondition(!loaded.hasErrors, "\(loaded.diagnostics)")
  return loaded.roadmap
}

func layout(
  _ csv: String, today: String = "2024-09-15", from: String? = nil, to: String? = nil, width: Double = 1200,
  locale: Language = .en, configure: (inout ChartOptions) -> Void = { _ in }
) -> ChartLayout {
  var options = ChartOptions(title: "Test", today: day(today))
  options.from = from.map(day)
  options.to = to.map(day)
  options.width = width
  options.locale = locale
  configure(&options)
  return ChartLayout(roadmap: roadmap(csv), options: options, measurer: FixedWidthMeasurer())
}

func rowNodes(_ l: ChartLayout, _ id: String) -> [SceneNode] {
  l.scene.group("item \(id)") ?? []
}

@Suite struct BarGeometryTests {
  // One item, no track, a one-year window: the label column is its minimum, 120 points.
  let l = layout(
    "id,category,title,start,end,actual_start,actual_end\n1,Infra,DNS,2024-02-01,2024-03-30,2024-02-05,2024-04-05\n",
    from: "2024-01-01", to: "2024-12-31")

  @Test func plotEdgesFollowTheMargins() {
    #expect(l.labelColumnWidth == 120)
    #expect(l.plotLeft == 160)  // 24 margin + 120 labels + 16 gap
    #expect(l.plotRight == 1112)  // 1200 − 24 margin − 64 for annotations
    #expect(l.window == DayRange(day("2024-01-01"), day("2024-12-31")))
    #expect(l.pointsPerDay == 952.0 / 366)
  }

  @Test func plannedBarSpansItsDaysInclusive() {
    let rects = Scene.rects(in: rowNodes(l, "1"))
    let planned = rects[0]
    // 2024-02-01 is 31 days after the window's start; 59 days to the end of 30 March.
    #expect(abs(planned.x - (160 + 31 * 952.0 / 366)) < 1e-9)
    #expect(abs(planned.width - 59 * 952.0 / 366) < 1e-9)
    #expect(planned.height == ChartLayout.plannedBarHeight)
    #expect(planned.x.rounded() == 241)
    #expect(planned.width.rounded() == 153)
  }

  @Test func actualBarIsSolidNarrowerAndEndsAtTheActualEnd() {
    let rects = Scene.rects(in: rowNodes(l, "1"))
    let actual = rects[1]
    #expect(abs(actual.x - (160 + 35 * 952.0 / 366)) < 1e-9)
    #expect(abs(actual.width - 61 * 952.0 / 366) < 1e-9)
    #expect(actual.height == ChartLayout.actualBarHeight)
    #expect(actual.fill == Theme.light.palette[0])
    #expect(rects[0].fill == Theme.light.palette[0].over(.init(hex: "#FFFFFF")!, opacity: 0.32))
  }

  @Test func slipLabelSitsAfterTheBars() {
    let texts = Scene.texts(in: rowNodes(l, "1"))
    #expect(texts.map(\.text) == ["DNS", "+6d"])
    let actualEnd = 160 + 96 * 952.0 / 366
    #expect(abs(texts[1].x - (actualEnd + 6)) < 1e-9)
    #expect(texts[1].color == Theme.light.late)
  }

  @Test func todayLineIsInTheMiddleOfToday() {
    guard case .group(_, let children)? = l.scene.group("markers")?.first,
      case .line(let line) = children[0]
    else {
      Issue.record("no today marker")
      return
    }
    // 2024-09-15 is day 258 of the window (0-based).
    #expect(abs(line.from.x - (160 + 258.5 * 952.0 / 366)) < 1e-9)
    #expect(line.from.x == line.to.x)
    #expect(line.color == Theme.light.today)
    let label = Scene.texts(in: children)[0]
    #expect(label.text == "today 2024-09-15")
  }
}

@Suite struct RowContentTests {
  static let csv = """
    id,track,category,title,planned,actual,progress,status
    1,SRE,Infra,Early,24.03.01-24.03.31,24.03.01-24.03.28,100,
    2,SRE,Infra,On time,24.04.01-24.04.30,24.04.01-24.04.30,,
    3,SRE,Network,Running,24.09.01-24.09.30,24.09.02-,40,
    4,MLOps,Cloud,Exam,24.06.30,24.06.30-24.06.30,,
    5,MLOps,Cloud,Someday,TBD,,,
    6,MLOps,Cloud,Late,24.07.01-24.08.31,,,
    7,,Data,Loose,24.05.01-24.05.10,,,dropped

    """
  let l = layout(csv)

  func texts(_ id: String) -> [String] { Scene.texts(in: rowNodes(l, id)).map(\.text) }

  @Test func annotations() {
    #expect(texts("1") == ["Early", "−3d"])
    #expect(texts("2") == ["On time"])
    #expect(texts("3") == ["Running", "40%"])
    #expect(texts("4") == ["Exam"])
    #expect(texts("5") == ["Someday", "TBD"])
    #expect(texts("6") == ["Late", "overdue 15d"])
    #expect(texts("7") == ["Loose", "dropped"])
  }

  @Test func inProgressActualBarRunsToToday() {
    let rects = Scene.rects(in: rowNodes(l, "3"))
    #expect(rects.count == 2)
    let end = rects[1].x + rects[1].width
    #expect(abs(end - l.x(day("2024-09-16"))) < 1e-9)
  }

  @Test func milestonesAreDiamondsOnTheDay() {
    let polygons = rowNodes(l, "4").compactMap { node -> PolygonNode? in
      if case .polygon(let p) = node { return p }
      return nil
    }
    #expect(polygons.count == 2)  // planned (outline) and done (solid)
    let cx = l.x(day("2024-06-30")) + l.pointsPerDay / 2
    #expect(polygons[0].points.map(\.x) == [cx, cx + 6.5, cx, cx - 6.5])
    #expect(polygons[1].fill == Theme.light.palette[2])
  }

  @Test func overdueBarsAreOutlined() {
    let planned = Scene.rects(in: rowNodes(l, "6"))[0]
    #expect(planned.stroke == Theme.light.late)
    #expect(Scene.rects(in: rowNodes(l, "1"))[0].stroke == nil)
  }

  @Test func sectionsByTrackWithDoneCounts() {
    let sections = l.scene.group("rows")!.compactMap { node -> String? in
      if case .group(let name, let children) = node, name.hasPrefix("section ") {
        return Scene.texts(in: children).map(\.text).joined(separator: " ")
      }
      return nil
    }
    // Items without a track first, as in every grouping by track.
    #expect(sections == ["Other 0/1 done", "SRE 2/3 done", "MLOps 1/3 done"])
  }

  @Test func categoriesAreColouredInOrderOfFirstAppearanceAndCanBeOverridden() {
    let legend = Scene.texts(in: l.scene.group("legend")!).map(\.text)
    #expect(legend == ["Infra", "Network", "Cloud", "Data", "planned", "actual", "milestone", "today"])
    let custom = layout(Self.csv) { $0.colors = ["Network": Color(hex: "#123456")!] }
    #expect(Scene.rects(in: rowNodes(custom, "3"))[1].fill == Color(hex: "#123456")!)
    #expect(Scene.rects(in: rowNodes(custom, "1"))[1].fill == Theme.light.palette[0])
  }

  @Test func sortByStartWithinATrack() {
    let sorted = layout(Self.csv) { $0.sort = .start }
    let order = sorted.scene.group("rows")!.compactMap { node -> String? in
      if case .group(let name, _) = node, name.hasPrefix("item ") { return String(name.dropFirst(5)) }
      return nil
    }
    #expect(order == ["7", "1", "2", "3", "4", "6", "5"])
  }

  @Test func koreanLocale() {
    let ko = layout(Self.csv, locale: .ko)
    #expect(Scene.texts(in: rowNodes(ko, "5")).map(\.text) == ["Someday", "미정"])
    #expect(Scene.texts(in: rowNodes(ko, "6")).map(\.text) == ["Late", "15일 지연"])
    #expect(Scene.texts(in: ko.scene.group("legend")!).map(\.text).suffix(4) == ["계획", "실제", "마일스톤", "오늘"])
    #expect(Scene.texts(in: ko.scene.group("axis.upper")!).map(\.text).contains("2024년 3월"))
    let yearView = layout(Self.csv, from: "2024-01-01", to: "2024-12-31", locale: .ko)
    #expect(Scene.texts(in: yearView.scene.group("axis.lower")!).first?.text == "1월")
    #expect(Scene.texts(in: yearView.scene.group("axis.upper")!).map(\.text) == ["2024년"])
    #expect(
      Scene.texts(in: ko.scene.group("subtitle")!).first?.text
        == "항목 7개 · 2024-03-01 – 2024-09-30 · 2024-09-15 기준")
  }
}

@Suite struct LabelColumnTests {
  @Test func longTitlesAreCutWithAnEllipsisAndNeverReachTheBars() {
    let long = String(repeating: "쿠버네티스 네트워크 심화 ", count: 8)
    let csv =
      "id,track,category,title,planned\n1,SRE,Infra,\(long),24.01.01-24.02.01\n2,SRE,Infra,Short,24.02.01-24.03.01\n"
    let l = layout(csv)
    // The column is capped at 32% of the inner width.
    #expect(l.labelColumnWidth == (1200 - 48) * 0.32)
    for id in ["1", "2"] {
      let label = Scene.texts(in: rowNodes(l, id))[0]
      #expect(label.maxX <= l.plotLeft - ChartLayout.labelGap)
      let bars = Scene.rects(in: rowNodes(l, id))
      #expect(bars.allSatisfy { $0.x > label.maxX })
    }
    let cut = Scene.texts(in: rowNodes(l, "1"))[0]
    #expect(cut.text.hasSuffix("…"))
    #expect(cut.text.count < long.count)
    #expect(Scene.texts(in: rowNodes(l, "2"))[0].text == "Short")
  }

  @Test func fitCutsAtTheLongestPrefixThatFits() {
    let m = FixedWidthMeasurer()
    let font = Font(size: 10)  // 5 points per column
    #expect(m.fit("abcdefghij", maxWidth: 50, font: font) == ("abcdefghij", 50))
    #expect(m.fit("abcdefghij", maxWidth: 49, font: font) == ("abcdefgh…", 45))
    #expect(m.fit("한글 로드맵", maxWidth: 30, font: font) == ("한글…", 25))
    #expect(m.fit("abc", maxWidth: 4, font: font) == ("", 0))
  }
}

@Suite struct AxisTests {
  static let spans: [(String, String, AxisUnit, AxisUnit)] = [
    ("2024-09-09", "2024-09-15", .week, .day),
    ("2024-08-01", "2024-09-29", .month, .week),
    ("2024-01-01", "2024-12-31", .year, .month),
    ("2023-01-01", "2025-12-31", .year, .month),
    ("2015-01-01", "2024-12-31", .year, .quarter),
  ]

  @Test(arguments: spans, [1200.0, 600.0, 300.0])
  func labelsNeverOverlapNorLeaveThePlot(span: (String, String, AxisUnit, AxisUnit), width: Double) {
    let csv = "category,title,planned\nA,a,\(span.0)-\(span.1)\n"
    let l = layout(csv, from: span.0, to: span.1, width: width)
    #expect(l.axis.upperUnit == span.2)
    #expect(l.axis.lowerUnit == span.3)
    for tier in ["axis.upper", "axis.lower"] {
      let labels = Scene.texts(in: l.scene.group(tier)!).sorted { $0.x < $1.x }
      #expect(!labels.isEmpty, "\(tier) at \(width)")
      for (a, b) in zip(labels, labels.dropFirst()) {
        #expect(a.maxX + TimeAxis.labelGap <= b.minX + 1e-9, "\(tier) \(a.text) / \(b.text) at \(width)")
      }
      #expect(labels.first!.minX >= l.plotLeft)
      #expect(labels.last!.maxX <= l.plotRight)
    }
  }

  @Test func labelsForAOneYearSpan() {
    let l = layout(
      "category,title,planned\nA,a,2024-01-01-2024-12-31\n", from: "2024-01-01", to: "2024-12-31")
    #expect(Scene.texts(in: l.scene.group("axis.upper")!).map(\.text) == ["2024"])
    #expect(
      Scene.texts(in: l.scene.group("axis.lower")!).map(\.text) == [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
      ])
  }

  @Test func isoWeeks() {
    #expect(TimeAxis.isoWeek(day("2024-12-30")) == 1)
    #expect(TimeAxis.isoWeek(day("2024-09-15")) == 37)
    #expect(TimeAxis.isoWeek(day("2021-01-03")) == 53)
    #expect(TimeAxis.floor(day("2024-09-15"), to: .week) == day("2024-09-09"))
    #expect(TimeAxis.floor(day("2024-08-15"), to: .quarter) == day("2024-07-01"))
  }

  @Test func theDefaultWindowCoversEveryDateSnappedToTheLowerUnit() {
    let l = layout(
      "category,title,planned,actual\nA,a,24.02.10-24.03.20,24.02.12-24.04.02\n", today: "2024-03-25")
    #expect(l.axis.lowerUnit == .week)
    #expect(l.window.start == day("2024-02-05"))  // the Monday before, after padding
    #expect(l.window.end.isoWeekday == 7)
    #expect(l.window.contains(day("2024-04-02")))
  }

  @Test func croppedBarsShowThatTheyContinue() {
    let l = layout(
      "id,category,title,planned\n1,A,a,24.01.01-24.12.31\n2,A,b,23.01.01-23.02.01\n", from: "2024-03-01",
      to: "2024-06-30")
    func arrows(_ id: String) -> [PolygonNode] {
      rowNodes(l, id).compactMap { if case .polygon(let p) = $0 { return p } else { return nil } }
    }
    let both = arrows("1")
    #expect(both.count == 2)
    #expect(both[0].points[1].x == l.plotLeft - 7)
    #expect(both[1].points[1].x == l.plotRight + 7)
    #expect(arrows("2").count == 1)
    let bar = Scene.rects(in: rowNodes(l, "1"))[0]
    #expect(bar.x == l.plotLeft)
    #expect(abs(bar.x + bar.width - l.plotRight) < 1e-9)
  }
}

@Suite struct ThemeTests {
  @Test(arguments: [Theme.light, Theme.dark])
  func contrast(theme: Theme) {
    #expect(theme.text.contrast(with: theme.background) >= 7)
    #expect(theme.mutedText.contrast(with: theme.background) >= 4.5)
    for color in theme.palette {
      #expect(color.contrast(with: theme.background) >= 3, "\(theme.name) \(color)")
    }
    for color in [theme.today, theme.late, theme.early] {
      #expect(color.contrast(with: theme.background) >= 4.5, "\(theme.name) \(color)")
    }
  }

  @Test func hexColours() {
    #expect(Color(hex: "#0072B2")!.hex == "#0072B2")
    #expect(Color(hex: "0072b2cc")!.hex == "#0072B2CC")
    #expect(Color(hex: "#12345") == nil)
    #expect(Color(hex: "#GG0000") == nil)
  }
}

@Suite struct LongChartTests {
  @Test func theAxisRepeatsUnderMoreThanTwentyRows() throws {
    func chart(_ rows: Int) -> ChartLayout {
      var csv = "category,title,planned\n"
      for i in 1...rows { csv += "A,item \(i),24.01.01-24.02.01\n" }
      return layout(csv)
    }
    #expect(chart(20).scene.group("axis.bottom") == nil)
    let long = chart(21)
    let bottom = try #require(long.scene.group("axis.bottom"))
    let upper = Scene.texts(in: long.scene.group("axis.upper")!)
    let lowerBottom = Scene.texts(in: long.scene.group("axis.lower.bottom")!)
    #expect(lowerBottom.map(\.text) == Scene.texts(in: long.scene.group("axis.lower")!).map(\.text))
    #expect(Scene.texts(in: bottom).count == upper.count + lowerBottom.count)
    // Under the last row, and the scene ends a margin below it.
    #expect(lowerBottom[0].y > Scene.texts(in: long.scene.group("item 21")!)[0].y)
    let axisBottom = lowerBottom[0].y + 1.5 * ChartLayout.tierHeight
    #expect(long.scene.height == (axisBottom + ChartMetrics.margin).rounded(.up))
  }
}

@Suite struct MarkerTests {
  @Test func marksAreDashedLinesWithLabelsClearOfEachOther() {
    let l = layout(
      "category,title,planned\nA,a,24.01.01-24.12.31\n", from: "2024-01-01", to: "2024-12-31"
    ) {
      $0.marks = [
        ChartMark(day: day("2024-06-30"), label: "인턴 종료"),
        ChartMark(day: day("2024-07-02"), label: "Internship ends"),
        ChartMark(day: day("2024-09-14"), label: "exam"),
      ]
    }
    let groups = l.scene.group("markers")!
    var lines: [LineNode] = []
    var labels: [TextNode] = []
    for case .group(let name, let children) in groups {
      for case .line(let line) in children {
        lines.append(line)
        #expect(line.dash.isEmpty == (name == "today"))
      }
      labels += Scene.texts(in: children)
    }
    #expect(labels.map(\.text).sorted() == ["Internship ends", "exam", "today 2024-09-15", "인턴 종료"])
    // Labels in the same lane never overlap.
    for a in labels {
      for b in labels where a != b && a.y == b.y {
        #expect(a.maxX + 8 <= b.minX || b.maxX + 8 <= a.minX, "\(a.text) / \(b.text)")
      }
    }
    // Each line starts under its own label and sits in the middle of its day.
    let mark = lines.first { $0.from.x == l.x(day("2024-06-30")) + l.pointsPerDay / 2 }
    #expect(mark != nil)
    // A mark outside the window is left out.
    let outside = layout(
      "category,title,planned\nA,a,24.01.01-24.02.01\n", from: "2024-01-01", to: "2024-02-01"
    ) {
      $0.marks = [ChartMark(day: day("2024-06-30"), label: "later")]
    }
    #expect(Scene.texts(in: outside.scene.group("markers")!).isEmpty)
  }
}
