import ArgumentParser
import StudyLog
import StudyLogChart

// The library's choices that options take as values, by their raw names.

extension ReportFormat: ExpressibleByArgument {}
extension Grouping: ExpressibleByArgument {}
extension WeekStart: ExpressibleByArgument {}
extension ComparisonSort: ExpressibleByArgument {}
extension DateStyle: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension ChartSort: ExpressibleByArgument {}
