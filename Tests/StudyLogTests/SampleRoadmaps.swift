import Foundation
import StudyLog
import TestSupport

// Roadmaps, session logs and reports that several suites of this target read.

/// Six items in two tracks, finished, started, running, due, overdue and finished early around
/// the week of `sampleToday` (2024-W37): the roadmap of the week report and the comparison.
let weekRoadmapCSV = """
  id,track,category,title,planned,actual,progress
  1,SRE,Infra,Done this week,24.08.20-24.09.10,24.08.19-24.09.12,100
  2,SRE,Infra,Started this week,24.09.09-24.09.30,24.09.10-,20
  3,SRE,Network,Long running,24.09.01-24.09.30,24.09.01-,55
  4,MLOps,Cloud,Due next week,24.09.02-24.09.20,,
  5,MLOps,Cloud,Overdue,24.08.01-24.09.05,24.08.03-,90
  6,MLOps,Data,Early finish,24.07.01-24.07.31,24.07.01-24.07.26,100

  """

/// Eight sessions from 2024-09-02 to 2024-09-15 on `weekRoadmapCSV`'s items, by id and by title.
let sessionsCSV = """
  date,item,hours,note
  2024-09-02,3,2,
  2024-09-05,Long running,1.5,by title
  2024-09-08,5,1,
  2024-09-11,1,2,
  2024-09-12,1,1.5,
  2024-09-13,2,1,"note, with comma"
  2024-09-14,3,2.5,
  2024-09-15,2,0.5,

  """

/// `weekRoadmapCSV` read as of `sampleToday`.
let weekRoadmap = Roadmap.load(csv: weekRoadmapCSV, source: "r.csv", today: sampleToday).roadmap

/// The report of the week of `sampleToday` on `weekRoadmap`, with the sessions of `sessionsCSV`.
let weekReport = WeekReport(
  roadmap: weekRoadmap,
  sessions: SessionLog.load(csv: sessionsCSV, source: "s.csv", roadmap: weekRoadmap, today: sampleToday)
    .sessions,
  week: Week(containing: sampleToday), today: sampleToday)

/// Seven items in two tracks and one without a track, in two categories: done, in progress,
/// planned, not scheduled, dropped and paused.
let summaryCSV = """
  id,track,category,title,planned,actual,progress,status
  1,SRE,Infra,IT 인프라,24.01.01-24.01.10,24.01.01-24.01.15,100,
  2,SRE,Infra,Docker,24.02.01-24.02.20,24.02.01-24.02.17,100,
  3,SRE,Network,DNS,24.03.01-24.03.31,24.03.05-,40,
  4,MLOps,Infra,K8s,24.08.01-24.08.31,,,
  5,MLOps,Network,TCP,TBD,,,
  6,MLOps,Infra,Old plan,24.01.01-24.12.31,,,dropped
  7,,Network,Paused,24.04.01-24.04.30,24.04.01-,10,paused

  """

/// `summaryCSV` summarised by category as of 2024-09-15, titled "Study plan".
let summaryByCategory = RoadmapSummary(
  Roadmap.load(csv: summaryCSV, source: "r.csv", today: day("2024-09-15")).roadmap, by: .category,
  today: day("2024-09-15"), title: "Study plan")

/// The sample roadmap in `reports/career-map/`, as of `sampleToday`.
let careerMap = Roadmap.load(
  bytes: Array(try! Data(contentsOf: packageRoot.appendingPathComponent("reports/career-map/roadmap.csv"))),
  source: "reports/career-map/roadmap.csv", today: sampleToday
).roadmap
