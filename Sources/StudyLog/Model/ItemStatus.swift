/// The status a user wrote in the `status` column.
public enum DeclaredStatus: String, Sendable, CaseIterable {
  case planned, active, done, paused, dropped
}

/// Where an item stands as of a given day.
public enum ItemStatus: String, Sendable, CaseIterable {
  case done
  case inProgress = "in_progress"
  case planned
  /// No planned dates yet (`TBD`).
  case unscheduled
  case paused
  case dropped
}
