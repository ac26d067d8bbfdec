import Foundation
import TestSupport
import Testing

@testable import StudyLog

/// The roadmap as JSON, with derived status and slips.
@Suite struct JSONExporterTests {
  let sample = careerMap

  @Test func jsonHasDerivedStatusAndSlips() throws {
    let object =
      try JSONSerialization.jsonObject(with: Data(JSONExporter.json(sample, today: sampleToday).utf8))
      as! [String: Any]
    let items = object["items"] as! [[String: Any]]
    #expect(items.count == 23)
    #expect(items[6]["end_slip_days"] as? Int == 12)
    #expect(items[7]["status"] as? String == "in_progress")
    #expect(items[7]["provisional"] as? Bool == true)
    #expect(items[16]["overdue"] as? Bool == true)
    #expect(object["tracks"] as? [String] == ["SRE", "MLOps", "Career"])
  }
}
