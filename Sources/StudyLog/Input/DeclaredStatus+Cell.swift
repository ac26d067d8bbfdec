extension DeclaredStatus {
  /// Reads a status cell: the five names, and common English and Korean synonyms
  /// (`in progress`, `completed`, `진행중`, `완료`, `보류`, `취소`…).
  public init?(cell: String) {
    let key = RoadmapColumn.key(cell)
    switch key {
    case "planned", "plan", "todo", "계획", "예정": self = .planned
    case "active", "inprogress", "doing", "started", "진행", "진행중": self = .active
    case "done", "complete", "completed", "finished", "완료": self = .done
    case "paused", "onhold", "hold", "보류", "중단": self = .paused
    case "dropped", "cancelled", "canceled", "abandoned", "취소", "포기": self = .dropped
    default: return nil
    }
  }
}
