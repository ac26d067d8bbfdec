import Foundation

/// The output formats of reports.
public enum ReportFormat: String, Sendable, CaseIterable {
  case text, markdown, json
}
