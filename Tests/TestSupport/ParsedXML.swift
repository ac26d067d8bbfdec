import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// An XML document read with Foundation's `XMLParser` into a tree of elements, so that tests can
/// find elements by name and read their attributes and text; parsing fails on a document that is
/// not well-formed.
public struct ParsedXML: Sendable {
  /// One element: its name, attributes, text (its own character data, not its children's) and
  /// children in document order.
  public final class Element: @unchecked Sendable {
    public let name: String
    public let attributes: [String: String]
    public internal(set) var text = ""
    public internal(set) var children: [Element] = []
    public internal(set) weak var parent: Element?

    init(name: String, attributes: [String: String], parent: Element?) {
      self.name = name
      self.attributes = attributes
      self.parent = parent
    }

    /// This element and every element below it, in document order.
    public var all: [Element] { [self] + children.flatMap(\.all) }

    /// Every element below this one (and this one) named `name`, in document order.
    public func elements(_ name: String) -> [Element] { all.filter { $0.name == name } }

    /// The text of this element and all below it, in document order.
    public var allText: String { text + children.map(\.allText).joined() }

    /// The elements above this one, nearest first.
    public var ancestors: [Element] {
      var out: [Element] = []
      var node = parent
      while let n = node {
        out.append(n)
        node = n.parent
      }
      return out
    }
  }

  public let root: Element

  /// Parses `data`; throws with the parser's error and line when it is not well-formed XML.
  public init(_ data: Data) throws {
    let builder = Builder()
    let parser = XMLParser(data: data)
    parser.delegate = builder
    guard parser.parse(), let root = builder.root else {
      throw ParsedXMLError(
        message: "not well-formed XML at line \(parser.lineNumber): \(String(describing: parser.parserError))"
      )
    }
    self.root = root
  }

  private final class Builder: NSObject, XMLParserDelegate {
    var root: Element?
    var stack: [Element] = []

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String]
    ) {
      let element = Element(name: elementName, attributes: attributes, parent: stack.last)
      stack.last?.children.append(element)
      if root == nil { root = element }
      stack.append(element)
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
    ) {
      stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      stack.last?.text += string
    }
  }
}

/// Why a document could not be parsed.
public struct ParsedXMLError: Error, CustomStringConvertible {
  public let message: String
  public var description: String { message }
}
