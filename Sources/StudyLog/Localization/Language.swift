/// The language of reports and charts.
public enum Language: String, Sendable, CaseIterable {
  case en, ko
}
