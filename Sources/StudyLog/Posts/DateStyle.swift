#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// How dates are written in exported tables.
public enum DateStyle: String, Sendable, CaseIterable {
  /// `24.02.01-24.03.30`, as users write them in posts.
  case yymmdd = "yy.mm.dd"
  /// `2024-02-01 ~ 2024-03-30`.
  case iso
}
