import TestSupport
import Testing

@testable import StudyLog

/// `check` warns about categories and tracks that look like misspellings of one another.
@Suite struct NameTyposTests {
  func warnings(_ csv: String) -> [String] {
    Roadmap.load(csv: csv, source: "r.csv", today: sampleToday).diagnostics.map(\.description)
  }

  @Test func caseSpacingAndTyposAreWarnedOnTheRarerSpelling() {
    let csv = """
      track,category,title
      MLOps,Network,a
      MLOps,Network,b
      MLOPS,Netwrok,c
      MLOps,Cloud,d
      MLOps,cloud,e
      MLOps,Cloud,f
      ML Ops,Data Eng,g
      MLOps,DataEng,h
      MLOps,Data Eng,i
      """
    #expect(
      warnings(csv) == [
        "r.csv:4: warning: category 'Netwrok' is 2 letters away from 'Network'; did you mean 'Network'?",
        "r.csv:4: warning: track 'MLOPS' differs only in case or spacing from 'MLOps'; did you mean 'MLOps'?",
        "r.csv:6: warning: category 'cloud' differs only in case or spacing from 'Cloud'; did you mean 'Cloud'?",
        "r.csv:8: warning: track 'ML Ops' differs only in case or spacing from 'MLOps'; did you mean 'MLOps'?",
        "r.csv:9: warning: category 'DataEng' differs only in case or spacing from 'Data Eng'; did you mean 'Data Eng'?",
      ])
  }

  @Test func shortAndDistantNamesAreDifferentGroups() {
    let csv = "category,title\nSRE,a\nSQL,b\nML,c\nDL,d\nInfra,e\nData,f\nKubernetes,g\nServing,h\nSystem,i\n"
    #expect(warnings(csv) == [])
  }

  @Test func oneLetterOffInAMiddleLengthName() {
    #expect(
      warnings("category,title\nLinux,a\nLinux,b\nLinus,c\n") == [
        "r.csv:4: warning: category 'Linus' is 1 letter away from 'Linux'; did you mean 'Linux'?"
      ])
  }

  @Test func theLimitGrowsWithTheLength() {
    #expect(NameTypos.maxDistance(shorter: 3) == 0)
    #expect(NameTypos.maxDistance(shorter: 5) == 1)
    #expect(NameTypos.maxDistance(shorter: 7) == 2)
  }
}
