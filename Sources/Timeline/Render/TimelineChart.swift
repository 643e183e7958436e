import Foundation

/// The SVG drawing of the HTML report: events on a time axis with broken segments.
///
/// - A day is a dot; a coarser value (week, month, year, decade) is a bar from its earliest
///   to its latest day; approximate values (`mod`) have a dashed outline.
/// - Dated events are grouped into segments separated by long empty gaps; each segment gets
///   its own scale and the gaps are drawn as axis breaks, so a decade in the 1980s and a day in
///   2021 are both legible.
/// - Marks and labels are stacked in lanes (greedy interval packing), so nothing overprints,
///   however dense a month is.
struct TimelineChart {
  var events: [Event]
  var conflicted: Set<String>
  /// Color per event class (see ``colors(for:)``).
  var colors: [String: String] = [:]

  static let width = 1000.0
  static let margin = 14.0
  static let breakGap = 26.0
  static let laneHeight = 22.0
  static let axisY = 44.0
  static let charWidth = 6.3
  static let labelLimit = 32
  /// Room kept right of the last segment so its labels need not flip to the left.
  static let labelRoom = 215.0

  struct Item {
    var event: Event
    var first: Int  // day ordinal, inclusive
    var last: Int  // day ordinal, inclusive
    var x0 = 0.0
    var x1 = 0.0
    var label = ""
    var labelLeft = false
    var lane = 0
    /// Horizontal extent of mark and label, set by lane assignment.
    var left = 0.0
    var right = 0.0
  }

  struct Segment {
    var start: Int  // domain start (day ordinal), inclusive
    var end: Int  // domain end, exclusive
    var x0 = 0.0
    var x1 = 0.0
    var count = 0
    /// The days events actually cover (before padding), for the caption.
    var coreStart = 0
    var coreEnd = 0

    func x(_ day: Int) -> Double {
      x0 + (x1 - x0) * Double(day - start) / Double(max(1, end - start))
    }
  }

  func svg() -> String {
    let (items, segments, undated) = layoutItems()
    guard !items.isEmpty else {
      return
        "<p class=\"empty\">No dated events to draw.\(undated.isEmpty ? "" : " \(undated.count) undated events are listed below.")</p>\n"
    }
    let lanes = (items.map(\.lane).max() ?? 0) + 1
    let height = Self.axisY + 18 + Double(lanes) * Self.laneHeight + 8
    var s =
      "<svg viewBox=\"0 0 \(Self.fmt(Self.width)) \(Self.fmt(height))\" role=\"img\" aria-label=\"Timeline of \(items.count) dated events\">\n"
    s += axis(segments, height: height)
    for item in items.sorted(by: { ($0.lane, $0.x0, $0.event.id) < ($1.lane, $1.x0, $1.event.id) }) {
      s += mark(item)
    }
    s += "</svg>\n"
    s +=
      "<p class=\"legend\">● a single day · ▬ a span (week, month, year, decade: the bar covers every day it can mean) · "
    s += "dashed outline: approximate · <span style=\"color:#b42318\">red label</span>: sources disagree · "
    s += "// axis break: an empty stretch of time is cut out and each section has its own scale."
    if !undated.isEmpty {
      s +=
        undated.count == 1
        ? " 1 event without a calendar date is not drawn."
        : " \(undated.count) events without a calendar date are not drawn."
    }
    s += "</p>\n"
    return s
  }

  /// Places every dated event: segment, x extent, label, lane.
  func layoutItems() -> (items: [Item], segments: [Segment], undated: [Event]) {
    var items: [Item] = []
    var undated: [Event] = []
    for e in events {
      let info = TimeInfo(e.time)
      if let f = info.earliestOrdinal, let l = info.latestOrdinal {
        items.append(Item(event: e, first: f, last: l))
      } else {
        undated.append(e)
      }
    }
    guard !items.isEmpty else { return ([], [], undated) }
    var segments = Self.segments(items)
    Self.layout(&segments)
    for i in items.indices {
      guard let seg = Self.segment(containing: items[i].first, in: segments) else { continue }
      items[i].x0 = seg.x(items[i].first)
      items[i].x1 = max(items[i].x0, seg.x(min(items[i].last + 1, seg.end)))
      if TimeInfo(items[i].event.time).isPoint {
        items[i].x1 = items[i].x0
      } else if items[i].x1 - items[i].x0 < 6 {
        let mid = (items[i].x0 + items[i].x1) / 2
        items[i].x0 = mid - 3
        items[i].x1 = mid + 3
      }
      let title = items[i].event.title.isEmpty ? items[i].event.eventClass : items[i].event.title
      items[i].label = title.truncated(Self.labelLimit)
    }
    _ = Self.assignLanes(&items)
    return (items, segments, undated)
  }

  // MARK: Segments

  /// Groups day ranges into segments: a gap longer than 90 days and a quarter of the span
  /// so far starts a new one; at most `maxSegments`, keeping the widest gaps as breaks.
  static func segments(_ items: [Item], maxSegments: Int = 7) -> [Segment] {
    let ranges = items.map { ($0.first, $0.last + 1) }.sorted { $0 < $1 }
    var segs: [Segment] = []
    for (f, l) in ranges {
      if var last = segs.last {
        let gap = f - last.end
        if gap <= max(90, (last.end - last.start) / 4) {
          last.end = max(last.end, l)
          last.count += 1
          segs[segs.count - 1] = last
          continue
        }
      }
      segs.append(Segment(start: f, end: l, count: 1))
    }
    if segs.count > maxSegments {
      // Keep only the widest gaps as breaks.
      let gaps = (1..<segs.count).map { (segs[$0].start - segs[$0 - 1].end, $0) }.sorted { $0 > $1 }
      let breaks = Set(gaps.prefix(maxSegments - 1).map(\.1))
      var merged: [Segment] = []
      for (i, seg) in segs.enumerated() {
        if i > 0, !breaks.contains(i), var last = merged.last {
          last.end = max(last.end, seg.end)
          last.count += seg.count
          merged[merged.count - 1] = last
        } else {
          merged.append(seg)
        }
      }
      segs = merged
    }
    // Pad each segment so marks don't sit on its edge.
    // (never more than half the gap to a neighbour, so segments stay disjoint).
    var padded = segs
    for i in segs.indices {
      padded[i].coreStart = segs[i].start
      padded[i].coreEnd = segs[i].end
      let pad = max(3, (segs[i].end - segs[i].start) / 12)
      let before = i > 0 ? (segs[i].start - segs[i - 1].end) / 2 : pad
      let after = i + 1 < segs.count ? (segs[i + 1].start - segs[i].end) / 2 : pad
      padded[i].start -= max(0, min(pad, before))
      padded[i].end += max(0, min(pad, after))
    }
    return padded
  }

  /// The segment holding `day` (segments are sorted and disjoint).
  static func segment(containing day: Int, in segs: [Segment]) -> Segment? {
    var lo = 0
    var hi = segs.count - 1
    while lo <= hi {
      let mid = (lo + hi) / 2
      if day < segs[mid].start { hi = mid - 1 } else if day >= segs[mid].end { lo = mid + 1 } else { return segs[mid] }
    }
    return nil
  }

  /// Horizontal room per segment: grows with the log of its span and its number of events.
  static func layout(_ segs: inout [Segment]) {
    let usable = width - 2 * margin - breakGap * Double(segs.count - 1) - labelRoom
    let weights = segs.map { 1 + 0.4 * log2(1 + Double($0.end - $0.start) / 30) + 0.6 * Double($0.count).squareRoot() }
    let total = weights.reduce(0, +)
    var x = margin
    for i in segs.indices {
      let w = max(70, usable * weights[i] / total)
      segs[i].x0 = x
      segs[i].x1 = x + w
      x += w + breakGap
    }
    // Shrink proportionally if minimum widths overflowed.
    let overflow = x - breakGap - (width - margin - labelRoom)
    if overflow > 0, let first = segs.first, let last = segs.last {
      let scale = (last.x1 - first.x0 - overflow) / (last.x1 - first.x0)
      for i in segs.indices {
        segs[i].x0 = margin + (segs[i].x0 - margin) * scale
        segs[i].x1 = margin + (segs[i].x1 - margin) * scale
      }
    }
  }

  /// Greedy lane packing on the horizontal extent of mark + label; returns the lane count.
  static func assignLanes(_ items: inout [Item]) -> Int {
    var laneEnds: [Double] = []
    let order = items.indices.sorted { (items[$0].x0, items[$0].event.id) < (items[$1].x0, items[$1].event.id) }
    for i in order {
      let labelWidth = Double(items[i].label.count) * charWidth + 10
      var left = items[i].x0 - 6
      var right = items[i].x1 + labelWidth
      if right > width - 4 {
        items[i].labelLeft = true
        left = items[i].x0 - labelWidth
        right = items[i].x1 + 6
      }
      items[i].left = left
      items[i].right = right
      if let lane = laneEnds.firstIndex(where: { $0 + 4 < left }) {
        items[i].lane = lane
        laneEnds[lane] = right
      } else {
        items[i].lane = laneEnds.count
        laneEnds.append(right)
      }
    }
    return max(1, laneEnds.count)
  }

  // MARK: Drawing

  private func axis(_ segs: [Segment], height: Double) -> String {
    var s = ""
    let y = Self.axisY
    for (i, seg) in segs.enumerated() {
      s +=
        "<rect x=\"\(Self.fmt(seg.x0))\" y=\"\(Self.fmt(y + 4))\" width=\"\(Self.fmt(seg.x1 - seg.x0))\" height=\"\(Self.fmt(height - y - 8))\" fill=\"\(i % 2 == 0 ? "#f8fafc" : "#f3f4f6")\"/>\n"
    }
    for (i, seg) in segs.enumerated() {
      s +=
        "<line x1=\"\(Self.fmt(seg.x0))\" y1=\"\(Self.fmt(y))\" x2=\"\(Self.fmt(seg.x1))\" y2=\"\(Self.fmt(y))\" stroke=\"#374151\" stroke-width=\"1.5\"/>\n"
      let firstDay = Day(ordinal: seg.coreStart)
      let lastDay = Day(ordinal: seg.coreEnd - 1)
      let caption = Self.caption(firstDay, lastDay)
      s +=
        "<text class=\"seg\" x=\"\(Self.fmt((seg.x0 + seg.x1) / 2))\" y=\"14\" text-anchor=\"middle\">\(caption)</text>\n"
      for (day, label) in Self.ticks(seg) {
        let x = seg.x(day)
        if x < seg.x0 + 18 || x > seg.x1 - 18 { continue }  // keep clear of axis breaks
        s +=
          "<line x1=\"\(Self.fmt(x))\" y1=\"\(Self.fmt(y - 4))\" x2=\"\(Self.fmt(x))\" y2=\"\(Self.fmt(y))\" stroke=\"#374151\"/>\n"
        s +=
          "<text class=\"tick\" x=\"\(Self.fmt(x))\" y=\"\(Self.fmt(y - 8))\" text-anchor=\"middle\">\(Escape.xml(label))</text>\n"
      }
      if i + 1 < segs.count {
        let bx = seg.x1 + Self.breakGap / 2
        s +=
          "<path d=\"M\(Self.fmt(bx - 7)) \(Self.fmt(y + 6)) L\(Self.fmt(bx - 1)) \(Self.fmt(y - 6)) M\(Self.fmt(bx + 1)) \(Self.fmt(y + 6)) L\(Self.fmt(bx + 7)) \(Self.fmt(y - 6))\" stroke=\"#9ca3af\" stroke-width=\"1.5\" fill=\"none\"/>\n"
        let gapYears = Double(segs[i + 1].start - seg.end) / 365.25
        let gapText = gapYears >= 1.5 ? "\(Int(gapYears.rounded())) yr" : "\(max(1, Int((gapYears * 12).rounded()))) mo"
        s +=
          "<text class=\"tick\" x=\"\(Self.fmt(bx))\" y=\"\(Self.fmt(y + 16))\" text-anchor=\"middle\">\(gapText)</text>\n"
      }
    }
    return s
  }

  private func mark(_ item: Item) -> String {
    let e = item.event
    let info = TimeInfo(e.time)
    let y = Self.axisY + 18 + Double(item.lane) * Self.laneHeight + Self.laneHeight / 2
    let color = colors[e.eventClass] ?? Self.palette[0]
    let dashed = e.time?.mod != nil ? " stroke-dasharray=\"3 2\"" : ""
    let hasConflict = conflicted.contains(e.id)
    var s = "<a href=\"#\(Escape.anchor("ev-", e.id))\"><g>\n"
    s +=
      "<title>\(Escape.xml("\(info.label) (\(info.precision)) · \(e.title) · \(e.sources.count) sources"))</title>\n"
    if info.isPoint {
      s +=
        "<circle cx=\"\(Self.fmt(item.x0))\" cy=\"\(Self.fmt(y))\" r=\"5\" fill=\"\(color)\" stroke=\"\(hasConflict ? "#b42318" : "#ffffff")\" stroke-width=\"1.5\"\(dashed)/>\n"
    } else {
      s +=
        "<rect x=\"\(Self.fmt(item.x0))\" y=\"\(Self.fmt(y - 5))\" width=\"\(Self.fmt(item.x1 - item.x0))\" height=\"10\" rx=\"3\" fill=\"\(color)\" fill-opacity=\"0.45\" stroke=\"\(hasConflict ? "#b42318" : color)\" stroke-width=\"1.5\"\(dashed)/>\n"
    }
    let tx = item.labelLeft ? item.x0 - 8 : (info.isPoint ? item.x0 + 9 : item.x1 + 5)
    s +=
      "<text\(hasConflict ? " class=\"conflicted\"" : "") x=\"\(Self.fmt(tx))\" y=\"\(Self.fmt(y + 4))\"\(item.labelLeft ? " text-anchor=\"end\"" : "")>"
    s += Escape.xml(item.label) + "</text>\n</g></a>\n"
    return s
  }

  static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// The stretch a segment covers: "1980–1989", "2021", "Aug 2001", "Jan–May 2023".
  static func caption(_ first: Day, _ last: Day) -> String {
    guard first.year == last.year else { return "\(first.year)–\(last.year)" }
    if first.month == 1 && last.month == 12 { return "\(first.year)" }
    if first.month == last.month { return "\(monthNames[first.month - 1]) \(first.year)" }
    return "\(monthNames[first.month - 1])–\(monthNames[last.month - 1]) \(first.year)"
  }

  /// Tick days and labels for one segment: days, months or years, at most one per ~70px.
  static func ticks(_ seg: Segment) -> [(Int, String)] {
    let maxTicks = max(2, Int((seg.x1 - seg.x0) / 70))
    let days = seg.end - seg.start
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    var out: [(Int, String)] = []
    if days <= 62 {
      let step = max(1, Int((Double(days) / Double(maxTicks)).rounded(.up)))
      var d = seg.start
      while d < seg.end {
        let day = Day(ordinal: d)
        out.append((d, "\(day.day) \(months[day.month - 1])"))
        d += step
      }
    } else if days <= 3 * 366 {
      let first = Day(ordinal: seg.start)
      var m = Day(first.year, first.month, 1).adding(months: 1)
      let total = days / 30
      let step = max(1, Int((Double(total) / Double(maxTicks)).rounded(.up)))
      while m.ordinal < seg.end {
        out.append((m.ordinal, m.month == 1 || out.isEmpty ? "\(months[m.month - 1]) \(m.year)" : months[m.month - 1]))
        m = m.adding(months: step)
      }
    } else {
      let first = Day(ordinal: seg.start)
      let years = days / 365
      let raw = max(1, Int((Double(years) / Double(maxTicks)).rounded(.up)))
      let step = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000].first { $0 >= raw } ?? raw
      var y = (first.year / step + 1) * step
      while Day(y, 1, 1).ordinal < seg.end {
        out.append((Day(y, 1, 1).ordinal, String(y)))
        y += step
      }
    }
    return out
  }

  static let palette = [
    "#2563eb", "#059669", "#7c3aed", "#d97706", "#0891b2", "#db2777", "#4d7c0f", "#92400e", "#475569",
  ]

  /// One color per event class: classes in sorted order take the palette in turn, so the
  /// same set of classes always gets the same colors and few classes never share one.
  static func colors(for classes: [String]) -> [String: String] {
    var out: [String: String] = [:]
    for (i, c) in Set(classes).sorted().enumerated() { out[c] = palette[i % palette.count] }
    return out
  }

  static func fmt(_ v: Double) -> String {
    let r = (v * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
  }
}
