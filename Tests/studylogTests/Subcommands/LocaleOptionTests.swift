import Foundation
import TestSupport
import Testing

/// `--locale` on every command that writes words, the language chosen from the titles without
/// it (said on standard error only), and the in-progress slip that never reads as early.
@Suite struct LocaleOptionTests {
  let csv = """
    id,track,category,title,planned,actual
    1,SRE,Infra,쿠버네티스 입문,24.06.24-24.08.18,24.06.21-24.08.30
    2,SRE,Observability,Prometheus 모니터링,24.08.19-24.09.29,24.09.02-
    3,SRE,Observability,Grafana 대시보드,24.08.01-24.09.01,24.08.05-

    """
  let english = "id,category,title,planned\n1,Go,Learn Go,24.01.01-24.01.31\n"
  let today = ["--today", "2024-09-15"]
  let note = "studylog: note: writing Korean, as most item titles are in Hangul (--locale en for English)\n"

  func lines(_ text: String, _ range: ClosedRange<Int>) -> [String] {
    Array(text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[range])
  }

  @Test func anInProgressSlipReadsAsSoFarInEnglish() throws {
    let r = try Binary.run(["compare", "-", "--locale", "en"] + today, stdin: csv)
    #expect(r.status == 0)
    #expect(r.stderr == "")
    #expect(
      lines(r.stdout, 0...5) == [
        "Roadmap: planned against actual, as of 2024-09-15", "",
        "id  category       title                planned                  actual                   start slip    end slip  planned d  actual d  ratio  state",
        "──  ─────────────  ───────────────────  ───────────────────────  ───────────────────────  ──────────  ──────────  ─────────  ────────  ─────  ───────────",
        "1   Infra          쿠버네티스 입문      2024-06-24 – 2024-08-18  2024-06-21 – 2024-08-30          −3         +12         56        71   1.27  done",
        "2   Observability  Prometheus 모니터링  2024-08-19 – 2024-09-29  2024-09-02 – (today)            +14    0 so far         42       14*   0.33  in progress",
      ])
    #expect(
      lines(r.stdout, 6...6) == [
        "3   Observability  Grafana 대시보드     2024-08-01 – 2024-09-01  2024-08-05 – (today)             +4  +14 so far         32       42*   1.31  in progress"
      ])
    #expect(r.stdout.contains("worst\n") && r.stdout.contains("#1 쿠버네티스 입문 (+12d)\n"))
  }

  @Test func anInProgressSlipReadsAsSoFarInKorean() throws {
    let r = try Binary.run(["compare", "-", "--locale", "ko"] + today, stdin: csv)
    #expect(r.status == 0)
    #expect(r.stderr == "")
    #expect(
      lines(r.stdout, 0...6) == [
        "로드맵: 계획 대비 실제, 2024-09-15 기준", "",
        "번호  분류           제목                 계획                     실제                     시작 차이      종료 차이  계획 일수  실제 일수  비율  상태",
        "────  ─────────────  ───────────────────  ───────────────────────  ───────────────────────  ─────────  ─────────────  ─────────  ─────────  ────  ───────",
        "1     Infra          쿠버네티스 입문      2024-06-24 – 2024-08-18  2024-06-21 – 2024-08-30       −3일          +12일         56         71  1.27  완료",
        "2     Observability  Prometheus 모니터링  2024-08-19 – 2024-09-29  2024-09-02 – (오늘)          +14일    진행 중 0일         42        14*  0.33  진행 중",
        "3     Observability  Grafana 대시보드     2024-08-01 – 2024-09-01  2024-08-05 – (오늘)           +4일  진행 중 +14일         32        42*  1.31  진행 중",
      ])
    #expect(
      r.stdout.contains(
        "전체              3     1     0         0%        +12일      +12일         15  #1 쿠버네티스 입문 (+12일)\n"))
  }

  @Test func hangulTitlesChooseKoreanAndSaySoOnStandardError() throws {
    let r = try Binary.run(["compare", "-", "--format", "csv"] + today, stdin: csv)
    #expect(r.status == 0)
    #expect(r.stderr == note)
    #expect(
      r.stdout == """
        번호,분류,제목,계획 시작,계획 종료,실제 시작,실제 종료,시작 차이(일),종료 차이(일),계획 일수,실제 일수,상태,트랙,비율,진행 중 잠정
        1,Infra,쿠버네티스 입문,2024-06-24,2024-08-18,2024-06-21,2024-08-30,-3,12,56,71,완료,SRE,1.27,아니오
        2,Observability,Prometheus 모니터링,2024-08-19,2024-09-29,2024-09-02,,14,0,42,14,진행 중,SRE,0.33,예
        3,Observability,Grafana 대시보드,2024-08-01,2024-09-01,2024-08-05,,4,14,32,42,진행 중,SRE,1.31,예

        """)
    let english = try Binary.run(["compare", "-", "--format", "csv"] + today, stdin: self.english)
    #expect(english.stderr == "")
    #expect(english.stdout.hasPrefix("id,category,title,planned_start,"))
  }

  @Test func jsonKeysStayEnglishAndHoldTheTitleNotThePath() throws {
    let r = try Binary.run(["compare", "-", "--format", "json", "--locale", "ko"] + today, stdin: csv)
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
    #expect(object["title"] as? String == "로드맵")
    #expect(object["source"] == nil)
    let items = object["items"] as! [[String: Any]]
    #expect(items.map { $0["end_slip_days"] as? Int } == [12, 0, 14])
    #expect(items.map { $0["state"] as? String } == ["done", "in_progress", "in_progress"])
  }

  @Test func summaryInBothLanguages() throws {
    let ko = try Binary.run(["summary", "-", "--format", "markdown"] + today, stdin: csv)
    #expect(ko.stderr == note)
    #expect(
      ko.stdout == """
        **로드맵: 항목 3개, 분류별, 2024-09-15 기준**

        | 분류 | 항목 | 완료 | 진행 | 예정 | 미정 | 지연 | 완료 % | 일수 % | 계획 기간 | 소요 일수 | 종료 차이 |
        |---|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|
        | Infra | 1 | 1 | 0 | 0 | 0 | 0 | 100% | 100% | 2024-06-24 – 2024-08-18 | 71 | +12.0일 |
        | Observability | 2 | 0 | 2 | 0 | 0 | 1 | 0% | 0% | 2024-08-01 – 2024-09-29 | 0 | – |
        | **합계** | 3 | 1 | 2 | 0 | 0 | 1 | 33% | 43% | 2024-06-24 – 2024-09-29 | 71 | +12.0일 |

        """)
    let en = try Binary.run(["summary", "-", "--by", "track", "--locale", "en"] + today, stdin: csv)
    #expect(en.stderr == "")
    #expect(lines(en.stdout, 0...1) == ["Roadmap: 3 items by track, as of 2024-09-15", ""])
    #expect(en.stdout.contains("  +12.0d\n"))
  }

  @Test func itemsWithoutATrackAreNamedInTheLanguage() throws {
    let r = try Binary.run(
      ["summary", "-", "--by", "track", "--locale", "ko", "--format", "markdown"] + today,
      stdin: "category,title\nA,글쓰기\n")
    #expect(r.stdout.contains("| (트랙 없음) | 1 |"))
  }

  @Test func weekExportAndChartTakeTheOption() throws {
    let week = try Binary.run(["week", "-", "--locale", "en"] + today, stdin: csv)
    #expect(week.stderr == "")
    #expect(week.stdout.hasPrefix("Week 2024-W37 (2024-09-09 – 2024-09-15) · as of 2024-09-15\n"))
    let weekKo = try Binary.run(["week", "-"] + today, stdin: csv)
    #expect(weekKo.stderr == note)
    #expect(weekKo.stdout.hasPrefix("2024-W37 주간 (2024-09-09 – 2024-09-15) · 2024-09-15 기준\n"))

    let export = try Binary.run(["export", "-", "--locale", "ko"] + today, stdin: csv)
    #expect(
      export.stdout == """
        ### SRE

        | 번호 | 분류 | 제목 | 설명 | 기간 | 실제 |
        | --- | --- | --- | --- | --- | --- |
        | 1 | Infra | 쿠버네티스 입문 |  | 24.06.24-24.08.18 | 24.06.21-24.08.30 |
        | 2 | Observability | Prometheus 모니터링 |  | 24.08.19-24.09.29 | 24.09.02- |
        | 3 | Observability | Grafana 대시보드 |  | 24.08.01-24.09.01 | 24.08.05- |

        """)
    let back = try Binary.run(["import", "-"] + today, stdin: export.stdout)
    let backEnglish = try Binary.run(
      ["import", "-"] + today,
      stdin: try Binary.run(["export", "-", "--locale", "en"] + today, stdin: csv).stdout)
    #expect(back.status == 0 && back.stdout == backEnglish.stdout)
    let mermaid = try Binary.run(
      ["export", "-", "--format", "mermaid", "--locale", "ko"] + today, stdin: "category,title\nA,글쓰기\n")
    #expect(mermaid.stdout.contains("    title 로드맵\n"))
    #expect(mermaid.stdout.contains("    section 기타\n    글쓰기 (미정):i1, 2024-09-15, 0d\n"))

    let folder = try temporaryFolder()
    for (locale, title) in [("ko", "로드맵 — 분류별 진행률"), ("en", "Roadmap — progress by category")] {
      let chart = try Binary.run(
        ["chart", "-", "--kind", "progress", "-o", "p.scene.json", "--locale", locale] + today, stdin: csv,
        in: folder)
      #expect(chart.status == 0, "\(chart.stderr)")
      let scene = try String(contentsOf: folder.appendingPathComponent("p.scene.json"), encoding: .utf8)
      #expect(scene.contains("\"\(title)\""))
    }
  }

  @Test func aNamedFileGivesItsNameAsTheKoreanTitle() throws {
    let folder = try temporaryFolder()
    try csv.write(to: folder.appendingPathComponent("career-map.csv"), atomically: true, encoding: .utf8)
    let r = try Binary.run(["summary", "career-map.csv"] + today, in: folder)
    #expect(r.stdout.hasPrefix("career-map 로드맵: 항목 3개, 분류별, 2024-09-15 기준\n"))
    let en = try Binary.run(["summary", "career-map.csv", "--locale", "en"] + today, in: folder)
    #expect(en.stdout.hasPrefix("Career map: 3 items by category, as of 2024-09-15\n"))
  }
}
