#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A small JSON tree that keeps the order of object keys, so reports read in a sensible order.
public indirect enum JSONValue: Sendable, Equatable {
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
    let pad = String(repeating: "  ", count: indent + 1)
    let close = String(repeating: "  ", count: indent)
    switch self {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .double(let d):
      if d == d.rounded() && abs(d) < 1e15 { return String(Int(d)) }
      return "\(d)"
    case .string(let s): return JSONValue.quote(s)
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n" + items.map { pad + $0.rendered(indent: indent + 1) }.joined(separator: ",\n")
        + "\n\(close)]"
    case .object(let pairs):
      if pairs.isEmpty { return "{}" }
      return "{\n"
        + pairs.map { pad + JSONValue.quote($0.0) + ": " + $0.1.rendered(indent: indent + 1) }
        .joined(separator: ",\n") + "\n\(close)}"
    }
  }

  /// `s` as a JSON string: quotes, backslashes and the common controls as `\"`, `\\`, `\n`, `\r`
  /// and `\t`; every other control, bidirectional override or isolate and U+2028/U+2029 as
  /// `\u202e`.
  static func quote(_ s: String) -> String {
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        // Controls, and what a terminal or a browser would act on: C1 controls, bidirectional
        // overrides and isolates (TerminalText.isHidden), and the line and paragraph separators
        // that end a line in JavaScript. A JSON reader gets the same string back.
        if TerminalText.isHidden(scalar) || scalar.value == 0x2028 || scalar.value == 0x2029 {
          out += Printf.format("\\u%04x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
