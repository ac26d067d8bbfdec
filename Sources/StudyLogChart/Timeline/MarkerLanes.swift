/// A vertical line down a timeline with a label above the axis: the today line or a `--mark`.
struct Marker {
  /// The line's x: the middle of its day.
  var x: Double
  var label: String
  var isToday: Bool
}

/// The labels of a timeline's markers, placed in as many lanes above the axis as they need so
/// that no label overlaps another or crosses another marker's line.
struct MarkerLanes {
  /// A marker with its label node (placed horizontally) and the lane it sits in, 0 at the top.
  struct Placed {
    var marker: Marker
    var label: TextNode
    var lane: Int
  }

  let placed: [Placed]

  /// How many lanes the labels use.
  var count: Int { (placed.map(\.lane).max() ?? -1) + 1 }

  /// The height of the lanes with the gap under them; 0 without markers.
  var height: Double { Double(count) * ChartLayout.laneHeight + (count == 0 ? 0 : 4) }

  /// Places the labels of `markers`, kept between `minX` and `maxX`.
  ///
  /// From left to right, each label sits in the first lane where it is clear of the other labels
  /// and of the lines that run down from labels in the lanes above it (and whose own line is
  /// clear of labels below): centred on its line, or beside it on either side.
  init(markers: [Marker], minX: Double, maxX: Double, theme: Theme, measurer: TextMeasuring) {
    let font = ChartMetrics.annotationFont
    var placed: [Placed] = []
    for marker in markers.sorted(by: { $0.x < $1.x }) {
      let w = measurer.width(of: marker.label, font: font)
      func labelsOverlap(_ lane: Int, _ left: Double) -> Bool {
        placed.contains { other in
          other.lane == lane && other.label.minX - 8 < left + w && left - 8 < other.label.maxX
        }
      }
      func linesCross(_ lane: Int, _ left: Double) -> Bool {
        placed.contains { other in
          (other.lane < lane && other.marker.x > left - 4 && other.marker.x < left + w + 4)
            || (other.lane > lane && marker.x > other.label.minX - 4 && marker.x < other.label.maxX + 4)
        }
      }
      let lefts = [marker.x - w / 2, marker.x - 2, marker.x - w + 2].map { min(max($0, minX), maxX - w) }
      let lanes = 0...placed.count
      var choice: (lane: Int, left: Double)?
      for lane in lanes {
        if let left = lefts.first(where: { !labelsOverlap(lane, $0) && !linesCross(lane, $0) }) {
          choice = (lane, left)
          break
        }
      }
      // When lines are so close that no place is clear of them, labels only avoid each other.
      let (lane, labelLeft) = choice ?? (lanes.first { !labelsOverlap($0, lefts[0]) }!, lefts[0])
      let node = TextNode(
        marker.label, x: labelLeft, y: 0, font: font, color: marker.isToday ? theme.today : theme.mutedText,
        width: w)
      placed.append(Placed(marker: marker, label: node, lane: lane))
    }
    self.placed = placed
  }

  /// Each marker's line, from under its label in the lanes from `top` down to `bottom`, with
  /// its label.
  func nodes(top: Double, bottom: Double, theme: Theme) -> [SceneNode] {
    let laneHeight = ChartLayout.laneHeight
    return placed.map { placed in
      let marker = placed.marker
      var label = placed.label
      let labelY = top + Double(placed.lane) * laneHeight + laneHeight / 2
      label.y = labelY
      let line = LineNode(
        from: Point(marker.x, labelY + laneHeight / 2), to: Point(marker.x, bottom),
        color: marker.isToday ? theme.today : theme.marker, width: marker.isToday ? 1.5 : 1,
        dash: marker.isToday ? [] : [4, 3])
      return .group(marker.isToday ? "today" : "mark", [.line(line), .text(label)])
    }
  }
}
