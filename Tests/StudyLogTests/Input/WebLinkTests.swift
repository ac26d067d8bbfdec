import Testing

@testable import StudyLog

/// Which URLs an item may link to: http and https links with a host, in RFC 3986 characters
/// (an international domain name in its xn-- form).
@Suite struct WebLinkTests {
  @Test(arguments: [
    ("https://blog.example/post?x=1#top", true), ("HTTP://Blog.Example", true),
    ("http://localhost:4000/", true),
    ("https://user@host.example/x", true), ("https://[::1]:8080/", true), ("https://블로그.kr/글", false),
    ("https:///path", false), ("https://host:port/", false), ("https://.example", false),
    ("https://a\u{3000}b", false), ("mailto:a@b.c", false),
  ])
  func webLinks(url: String, ok: Bool) {
    #expect(WebLink.isValid(url) == ok)
  }
}
