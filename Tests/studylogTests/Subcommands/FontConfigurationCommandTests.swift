import Foundation
import TestSupport
import Testing

/// Charts are measured and drawn with studylog's own fontconfig configuration: a rule in the user's
/// fontconfig file changes neither `doctor`'s measurements nor a chart's bytes; `FONTCONFIG_FILE`
/// brings the named configuration back, and so does a `--font` family studylog's does not see; a
/// font folder without a cache is cached in studylog's own cache folder.
@Suite struct FontConfigurationCommandTests {
  /// A user's rule that puts DejaVu Serif before NanumGothic, as a desktop tweak might.
  let serifFirst = """
    <?xml version="1.0"?>
    <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
    <fontconfig>
      <match target="pattern">
        <test name="family"><string>NanumGothic</string></test>
        <edit name="family" mode="prepend" binding="strong"><string>DejaVu Serif</string></edit>
      </match>
    </fontconfig>
    """

  let csv = """
    id,track,category,title,planned,actual,progress
    1,SRE,Infra,Kubernetes 입문,24.06.24-24.08.18,24.06.21-24.08.30,100
    2,SRE,Network,DNS internals,24.04.08-24.04.21,24.04.22-24.04.30,100

    """

  /// A folder for `XDG_CONFIG_HOME`, with `fonts` as the user's fontconfig file when given.
  func configHome(fonts: String?) throws -> URL {
    let folder = try temporaryFolder()
    if let fonts {
      let fontconfig = folder.appendingPathComponent("fontconfig")
      try FileManager.default.createDirectory(at: fontconfig, withIntermediateDirectories: true)
      try Data(fonts.utf8).write(to: fontconfig.appendingPathComponent("fonts.conf"))
    }
    return folder
  }

  /// The environment of a run with `home` as `XDG_CONFIG_HOME` and `file` as `FONTCONFIG_FILE`
  /// (`Binary.run` unsets fontconfig's variables otherwise).
  func environment(home: URL, file: String? = nil) -> [String: String] {
    var env = ["XDG_CONFIG_HOME": home.path]
    env["FONTCONFIG_FILE"] = file
    return env
  }

  @Test func aUsersFontRulesChangeNeitherMeasurementsNorCharts() throws {
    let folder = try temporaryFolder()
    try Data(csv.utf8).write(to: folder.appendingPathComponent("roadmap.csv"))
    var doctor: [String] = []
    var charts: [Data] = []
    for (name, fonts) in [("plain", nil), ("tweaked", serifFirst)] {
      let env = environment(home: try configHome(fonts: fonts))
      let check = try Binary.run(["doctor"], environment: env, in: folder)
      #expect(check.status == 0, "\(check.stderr)")
      doctor.append(check.stdout)
      let chart = try Binary.run(
        ["chart", "roadmap.csv", "--today", "2024-09-15", "-o", "\(name).png"], environment: env, in: folder)
      #expect(chart.status == 0, "\(chart.stderr)")
      charts.append(try Data(contentsOf: folder.appendingPathComponent("\(name).png")))
    }
    #expect(doctor[0].hasPrefix("Latin: ok ('Roadmap 2024' is 85.7 pt wide at 12 pt)\n"))
    #expect(doctor[1] == doctor[0])
    #expect(charts[1] == charts[0])
  }

  @Test func fontconfigFileNamesTheConfigurationToUse() throws {
    let folder = try temporaryFolder()
    let home = try configHome(fonts: nil)
    let own = folder.appendingPathComponent("fonts.conf")
    // The system's configuration with the user's rule after it.
    let rule = serifFirst.components(separatedBy: "<fontconfig>")[1]
    try Data(
      """
      <?xml version="1.0"?>
      <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
      <fontconfig>
        <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
      \(rule)
      """.utf8
    ).write(to: own)
    let ours = try Binary.run(["doctor"], environment: environment(home: home), in: folder)
    let named = try Binary.run(["doctor"], environment: environment(home: home, file: own.path), in: folder)
    #expect(ours.stdout.hasPrefix("Latin: ok ('Roadmap 2024' is 85.7 pt wide at 12 pt)\n"))
    // DejaVu Serif draws the Latin sample now: wider than NanumGothic's.
    #expect(named.stdout.hasPrefix("Latin: ok ('Roadmap 2024' is 91.7 pt wide at 12 pt)\n"))
  }

  @Test func aFontFolderWithoutACacheIsCachedInStudylogsOwnFolder() throws {
    let data = try temporaryFolder()
    let cache = try temporaryFolder()
    let fonts = data.appendingPathComponent("fonts")
    try FileManager.default.createDirectory(at: fonts, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: URL(fileURLWithPath: "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
      to: fonts.appendingPathComponent("Mine.ttf"))
    var env = environment(home: try configHome(fonts: nil))
    env["XDG_DATA_HOME"] = data.path
    env["XDG_CACHE_HOME"] = cache.path
    let r = try Binary.run(["doctor"], environment: env, in: data)
    #expect(r.status == 0, "\(r.stderr)")
    let ours = try FileManager.default.contentsOfDirectory(
      atPath: cache.appendingPathComponent("studylog/fontconfig").path)
    #expect(ours.filter { $0.contains(".cache-") }.count == 1, "\(ours)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path) == ["studylog"])
  }

  /// A family studylog's configuration does not see (from a folder a configuration file adds, say)
  /// is looked up with the system's configuration, the user's rules with it; the default families
  /// and the families of the default list are not.
  @Test func aFamilyOnlyTheSystemMayKnowIsLookedUpThere() throws {
    let everySerif = """
      <?xml version="1.0"?>
      <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
      <fontconfig>
        <match target="pattern">
          <edit name="family" mode="prepend" binding="strong"><string>DejaVu Serif</string></edit>
        </match>
      </fontconfig>
      """
    let folder = try temporaryFolder()
    let env = environment(home: try configHome(fonts: everySerif))
    func latinLine(_ arguments: [String]) throws -> String {
      let r = try Binary.run(["doctor"] + arguments, environment: env, in: folder)
      #expect(r.status == 0, "\(r.stderr)")
      return String(r.stdout.split(separator: "\n").first ?? "")
    }
    #expect(try latinLine([]) == "Latin: ok ('Roadmap 2024' is 85.7 pt wide at 12 pt)")
    #expect(
      try latinLine(["--font", "DejaVu Sans, NanumGothic"])
        == "Latin: ok ('Roadmap 2024' is 91.1 pt wide at 12 pt)")
    // The system's configuration, and the user's rule: DejaVu Serif.
    #expect(
      try latinLine(["--font", "No Such Family"]) == "Latin: ok ('Roadmap 2024' is 91.7 pt wide at 12 pt)")
  }
}
