#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The output formats of reports.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, markdown, json
}
