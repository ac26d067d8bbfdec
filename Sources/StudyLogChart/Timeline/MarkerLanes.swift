/// A vertical line down a timeline with a label above the axis: the today line or a `--mark`.
struct Marker {
  /// The line's x: the middle of its day.
  var x: Double
  var label: String
  var isToday: Bool
}

/// The labels of a timeline's markers, placed in as many lanes above the axis as they need so
/// that no label overlaps another or crosses another marker's line, each attached to its line.
///
/// Each line has an anchor: its own x, or, where lines stand closer than `anchorGap`, a place
/// spread from its neighbours' (in the same order). A label always spans its anchor and its
/// line runs straight down from under it; a line whose anchor is away from its x bends in a
/// fan under the lanes (`fanHeight`), so that crowded marks keep one leader each that never
/// crosses another.
struct MarkerLanes {
  /// A marker with its label node (placed horizontally), the lane it sits in (0 at the top) and
  /// the x its line leaves the label at.
  struct Placed {
    var marker: Marker
    var label: TextNode
    var lane: Int
    var anchor: Double
  }

  let placed: [Placed]

  /// The least distance between two anchors, in points.
  static let anchorGap = 7.0
  /// The height of the fan where leaders bend from their anchors to their lines, in points.
  static let fanHeight = 14.0

  /// How many lanes the labels use.
  var count: Int { (placed.map(\.lane).max() ?? -1) + 1 }

  /// Whether some line leaves its label away from its own x.
  var fans: Bool { placed.contains { $0.anchor != $0.marker.x } }

  /// The height of the lanes with the fan and the gap under them; 0 without markers.
  var height: Double {
    Double(count) * ChartLayout.laneHeight + (count == 0 ? 0 : 4) + (fans ? Self.fanHeight : 0)
  }

  /// Places the labels of `markers`, kept between `minX` and `maxX`.
  ///
  /// From left to right, each label sits in the first lane where it is clear of the other labels
  /// and of the lines that run down from labels in the lanes above it (and whose own line is
  /// clear of labels below): centred on its anchor, or beside it on either side. When that
  /// leaves a label without a clear place (crowded marks at the chart's right edge, where labels
  /// cannot step rightwards), the labels are placed from right to left instead.
  init(markers: [Marker], minX: Double, maxX: Double, theme: Theme, measurer: TextMeasuring) {
    let sorted = markers.sorted { $0.x < $1.x }
    let anchors = Self.spread(sorted.map(\.x), gap: Self.anchorGap, within: minX...maxX)
    let ltr = Self.place(
      Array(zip(sorted, anchors)), minX: minX, maxX: maxX, theme: theme, measurer: measurer)
    if ltr.crowded == 0 {
      placed = ltr.placed
    } else {
      let rtl = Self.place(
        zip(sorted, anchors).reversed(), minX: minX, maxX: maxX, theme: theme, measurer: measurer)
      placed = rtl.crowded < ltr.crowded ? rtl.placed : ltr.placed
    }
  }

  /// Places each marker's label in turn (see `init`); `crowded` counts the labels that found no
  /// place clear of the lines.
  private static func place(
    _ markers: [(Marker, Double)], minX: Double, maxX: Double, theme: Theme, measurer: TextMeasuring
  ) -> (placed: [Placed], crowded: Int) {
    let font = ChartMetrics.annotationFont
    let leftwards = markers.count > 1 && markers[0].1 > markers[1].1
    var placed: [Placed] = []
    var crowded = 0
    for (marker, anchor) in markers {
      let w = measurer.width(of: marker.label, font: font)
      func labelsOverlap(_ lane: Int, _ left: Double) -> Bool {
        placed.contains { other in
          other.lane == lane && other.label.minX - 8 < left + w && left - 8 < other.label.maxX
        }
      }
      func linesCross(_ lane: Int, _ left: Double) -> Bool {
        placed.contains { other in
          (other.lane < lane && other.anchor > left - 4 && other.anchor < left + w + 4)
            || (other.lane > lane && anchor > other.label.minX - 4 && anchor < other.label.maxX + 4)
        }
      }
      let beside = leftwards ? [anchor - w + 2, anchor - 2] : [anchor - 2, anchor - w + 2]
      let lefts = ([anchor - w / 2] + beside).map { min(max($0, minX), maxX - w) }
      let lanes = 0...placed.count
      var choice: (lane: Int, left: Double)?
      for lane in lanes {
        if let left = lefts.first(where: { !labelsOverlap(lane, $0) && !linesCross(lane, $0) }) {
          choice = (lane, left)
          break
        }
      }
      // Without a place clear of the lines, labels only avoid each other.
      if choice == nil { crowded += 1 }
      let (lane, labelLeft) = choice ?? (lanes.first { !labelsOverlap($0, lefts[0]) }!, lefts[0])
      let node = TextNode(
        marker.label, x: labelLeft, y: 0, font: font, color: marker.isToday ? theme.today : theme.mutedText,
        width: w)
      placed.append(Placed(marker: marker, label: node, lane: lane, anchor: anchor))
    }
    return (placed, crowded)
  }

  /// Positions as near `wishes` (ascending) as they can be while `gap` apart and inside
  /// `bounds`: runs of positions that would stand too close are spread evenly around their mean.
  static func spread(_ wishes: [Double], gap: Double, within bounds: ClosedRange<Double>) -> [Double] {
    var blocks: [(first: Int, count: Int, start: Double)] = []
    for (i, wish) in wishes.enumerated() {
      blocks.append((i, 1, wish))
      while blocks.count > 1 {
        let (a, b) = (blocks[blocks.count - 2], blocks[blocks.count - 1])
        guard a.start + Double(a.count - 1) * gap + gap > b.start else { break }
        let count = a.count + b.count
        let mean = wishes[a.first..<(a.first + count)].reduce(0, +) / Double(count)
        let width = Double(count - 1) * gap
        let start = min(
          max(mean - width / 2, bounds.lowerBound), max(bounds.upperBound - width, bounds.lowerBound))
        blocks.removeLast(2)
        blocks.append((a.first, count, start))
      }
    }
    return blocks.flatMap { block in
      (0..<block.count).map { block.count == 1 ? wishes[block.first] : block.start + Double($0) * gap }
    }
  }

  /// Each marker's line, from under its label in the lanes from `top` down to `bottom`, with
  /// its label: straight down from the label's anchor, bending in the fan to its own x.
  func nodes(top: Double, bottom: Double, theme: Theme) -> [SceneNode] {
    let laneHeight = ChartLayout.laneHeight
    let fanTop = top + Double(count) * laneHeight + 2
    let fanBottom = fanTop + Self.fanHeight
    return placed.map { placed in
      let marker = placed.marker
      var label = placed.label
      let labelY = top + Double(placed.lane) * laneHeight + laneHeight / 2
      label.y = labelY
      let line = LineNode(
        from: Point(marker.x, labelY + laneHeight / 2), to: Point(marker.x, bottom),
        color: marker.isToday ? theme.today : theme.marker, width: marker.isToday ? 1.5 : 1,
        dash: marker.isToday ? [] : [4, 3])
      var pieces = [line]
      if placed.anchor != marker.x {
        let points = [
          line.from.y, fanTop, fanBottom, bottom,
        ]
        pieces = [
          (Point(placed.anchor, points[0]), Point(placed.anchor, points[1])),
          (Point(placed.anchor, points[1]), Point(marker.x, points[2])),
          (Point(marker.x, points[2]), Point(marker.x, points[3])),
        ].map { from, to in
          var piece = line
          piece.from = from
          piece.to = to
          return piece
        }
      }
      return .group(marker.isToday ? "today" : "mark", pieces.map { .line($0) } + [.text(label)])
    }
  }
}
