#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A small JSON tree that keeps the order of object keys, so reports read in a sensible order.
public enum JSONValue: Sendable, Equatable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    a.rendered(indent: 0) == b.rendered(indent: 0)
  }

  /// A number, or null.
  public static func number(_ x: Double?) -> JSONValue { x.map { .double($0) } ?? .null }
  /// A string, or null.
  public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }

  /// Pretty-printed with two-space indentation.
  public func rendered(indent: Int) -> String {
    var out: [UInt8] = []
    write(to: &out, indent: indent)
    return String(decoding: out, as: UTF8.self)
  }

  /// `rendered(indent: 0)` and a line break, as a whole JSON document is written.
  public func document() -> String {
    var out: [UInt8] = []
    write(to: &out, indent: 0)
    out.append(0x0A)
    return String(decoding: out, as: UTF8.self)
  }

  /// Arrays at least this long are written in two halves at once (`Parallel.split`).
  static let parallelArray = 2048

  /// Appends `rendered(indent:)` as UTF-8 to `out`: one buffer for the whole tree (joining the
  /// rendered children at every level copied a large export once per level).
  private func write(to out: inout [UInt8], indent: Int) {
    func pad(_ level: Int) { out.append(contentsOf: repeatElement(0x20, count: 2 * level)) }
    switch self {
    case .null: out += "null".utf8
    case .bool(let b): out += (b ? "true" : "false").utf8
    case .int(let i): out += String(i).utf8
    case .double(let d):
      if d == d.rounded() && abs(d) < 1e15 {
        out += String(Int(d)).utf8
      } else {
        out += "\(d)".utf8
      }
    case .string(let s): JSONValue.appendQuoted(s, to: &out)
    case .array(let items):
      if items.isEmpty {
        out += "[]".utf8
        return
      }
      out += "[\n".utf8
      let ranges = Parallel.split(items.count, minimum: Self.parallelArray)
      let parts = Parallel.map(ranges.count) { p in
        var part: [UInt8] = []
        for k in ranges[p] {
          if k > 0 { part += ",\n".utf8 }
          part.append(contentsOf: repeatElement(0x20, count: 2 * (indent + 1)))
          items[k].write(to: &part, indent: indent + 1)
          // Room for the rest at once, guessed from the first item (growing copies it all).
          if k == ranges[p].lowerBound { part.reserveCapacity(part.count * ranges[p].count * 5 / 4) }
        }
        return part
      }
      for part in parts { out += part }
      out.append(0x0A)
      pad(indent)
      out.append(UInt8(ascii: "]"))
    case .object(let pairs):
      if pairs.isEmpty {
        out += "{}".utf8
        return
      }
      out += "{\n".utf8
      for (k, (key, value)) in pairs.enumerated() {
        if k > 0 { out += ",\n".utf8 }
        pad(indent + 1)
        JSONValue.appendQuoted(key, to: &out)
        out += ": ".utf8
        value.write(to: &out, indent: indent + 1)
      }
      out.append(0x0A)
      pad(indent)
      out.append(UInt8(ascii: "}"))
    }
  }

  /// `s` as a JSON string: quotes, backslashes and the common controls as `\"`, `\\`, `\n`, `\r`
  /// and `\t`; every other control, bidirectional override or isolate and U+2028/U+2029 as
  /// `\u202e`.
  static func quote(_ s: String) -> String {
    var out: [UInt8] = []
    appendQuoted(s, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `quote(s)` to `out`, read and written as UTF-8 bytes.
  static func appendQuoted(_ s: String, to out: inout [UInt8]) {
    func escaped(_ value: UInt32) {
      // `\u` and four lower-case hex digits.
      out += "\\u".utf8
      for shift in stride(from: 12, through: 0, by: -4) {
        let digit = UInt8((value >> UInt32(shift)) & 0xF)
        out.append(digit < 10 ? 0x30 + digit : 0x61 + digit - 10)
      }
    }
    out.append(0x22)
    let plain = s.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
      // Most strings hold nothing to escape: appended at once.
      for b in utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 || b == 0xE2 {
        return false
      }
      out.append(contentsOf: utf8)
      return true
    }
    if plain == true {
      out.append(0x22)
      return
    }
    let utf8 = Array(s.utf8)
    var i = 0
    while i < utf8.count {
      let b = utf8[i]
      switch b {
      case 0x22: out += "\\\"".utf8
      case 0x5C: out += "\\\\".utf8
      case 0x0A: out += "\\n".utf8
      case 0x0D: out += "\\r".utf8
      case 0x09: out += "\\t".utf8
      case 0x00..<0x20, 0x7F:
        // Controls, and what a terminal or a browser would act on: C1 controls, bidirectional
        // overrides and isolates (TerminalText.isHidden), and the line and paragraph separators
        // that end a line in JavaScript. A JSON reader gets the same string back.
        escaped(UInt32(b))
      case 0xC2 where i + 1 < utf8.count && (0x80...0x9F).contains(utf8[i + 1]):
        escaped(UInt32(utf8[i + 1]))  // U+0080–U+009F
        i += 1
      case 0xE2
      where i + 2 < utf8.count
        && ((utf8[i + 1] == 0x80 && (0xA8...0xAE).contains(utf8[i + 2]))
          || (utf8[i + 1] == 0x81 && (0xA6...0xA9).contains(utf8[i + 2]))):
        // U+2028–U+202E, U+2066–U+2069: E2 80 A8 is U+2028, E2 81 A6 is U+2066.
        escaped(0x2000 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F))
        i += 2
      default:
        out.append(b)
      }
      i += 1
    }
    out.append(0x22)
  }
}
