import Testing

@testable import StudyLog

/// Why the url check refused a link, in the words the diagnostic uses.
extension WebLinkTests {
  @Test(arguments: [
    (
      "https://evil.example/x)<script>alert(document.domain)</script>",
      "'<' is not allowed in a URL (percent-encode it as %3C)"
    ),
    ("https://evil.example/a|b", "'|' is not allowed in a URL (percent-encode it as %7C)"),
    ("https://evil.example/\"onmouseover=", "'\"' is not allowed in a URL (percent-encode it as %22)"),
    ("https://blog.example/a b", "' ' is not allowed in a URL (percent-encode it as %20)"),
    ("https://blog.example/a\\b", "'\\' is not allowed in a URL (percent-encode it as %5C)"),
    ("https://blog.example/{x}", "'{' is not allowed in a URL (percent-encode it as %7B)"),
    ("https://blog.example/글", "'글' is not allowed in a URL (percent-encode it as %EA%B8%80)"),
    (
      "https://블로그.kr/",
      "'블' is not allowed in a host name (write an international domain name in its xn-- form)"
    ),
    ("https://blog.example/?a[]=1", "'[' is allowed only around an IPv6 address (percent-encode it as %5B)"),
    ("https://blog.example/#a#b", "a second '#' is not allowed (percent-encode it as %23)"),
    ("https://blog.example/100%", "'%' is not followed by two hex digits (write a literal % as %25)"),
    ("https://blog.example/%zz", "'%' is not followed by two hex digits (write a literal % as %25)"),
    ("javascript:alert(1)", "it must start with http:// or https://"),
    ("data:text/html,<script>", "it must start with http:// or https://"),
    ("https:///path", "it has no host"), ("https://:80/", "it has no host"),
    ("https://host:port/", "the port 'port' is not a number from 0 to 65535"),
    ("https://host:65536/", "the port '65536' is not a number from 0 to 65535"),
    ("https://.example", "the host '.example' must start with a letter or a digit"),
    ("https://a!b.example/", "the host 'a!b.example' may hold only letters, digits, '-', '.' and '_'"),
    ("https://a@b@c.example/", "a second '@' is not allowed before the host (percent-encode it as %40)"),
    ("https://[::1/", "the IPv6 address has no closing ']'"),
    ("https://[xyz]/", "the host '[xyz]' is not an IPv6 address"),
  ])
  func refusedLinksSayWhy(url: String, why: String) {
    #expect(WebLink.problem(url) == why)
  }

  @Test(arguments: [
    "https://blog.example/b?x=1&y=(2)", "https://blog.example/a_(b)*c'$d!e;f=g&h+i,j~k@l?q=%5Bx%5D#top",
    "https://xn--9m1b22at4m.kr/%EA%B8%80", "http://user:pw@host.example:8080/", "https://[::1]:8080/x",
    "https://[2001:db8::7]/", "HTTPS://Blog.Example/", "https://host_name.example/",
  ])
  func rfc3986LinksPass(url: String) {
    #expect(WebLink.problem(url) == nil)
  }
}
