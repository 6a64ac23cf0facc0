//! Markdown to safe HTML, done once at import so the app only ever shows stored, clean HTML.
//!
//! Two layers: raw HTML in the Markdown is turned into text before rendering (so `<script>`
//! shows as the characters people typed), and ammonia then allows only a small tag set and
//! https, tel, mailto and geo links. Either layer alone would already stop a script.
//!
//! `tel:` and `mailto:` links are held to [`tel_url`] and [`mailto_url`] in both layers: a
//! number of digits (no USSD codes, no pauses), an address without a subject, body or copy
//! recipients. A link that fails shows as its text.

use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, html};
use std::collections::HashSet;

/// Renders Markdown to sanitized HTML.
pub fn markdown_to_safe_html(markdown: &str) -> String {
    // Links do not nest in CommonMark, so one flag pairs a refused link's start and end.
    let mut refused_link = false;
    let parser =
        Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).filter_map(move |event| {
            match event {
                Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
                Event::Start(Tag::HtmlBlock) => Some(Event::Start(Tag::Paragraph)),
                Event::End(TagEnd::HtmlBlock) => Some(Event::End(TagEnd::Paragraph)),
                Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
                    match link_destination(link_type, &dest_url) {
                        Some(dest_url) => Some(Event::Start(Tag::Link {
                            link_type: LinkType::Inline,
                            dest_url: dest_url.into(),
                            title,
                            id,
                        })),
                        None => {
                            refused_link = true;
                            None
                        }
                    }
                }
                Event::End(TagEnd::Link) if refused_link => {
                    refused_link = false;
                    None
                }
                other => Some(other),
            }
        });
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    sanitizer().clean(&unsafe_html).to_string()
}

/// A `tel:` link for a phone number written with digits, spaces, hyphens and a leading `+`
/// (`+31 800-51 51` → `tel:+318005151`); anything else has no link.
pub fn tel_url(number: &str) -> Option<String> {
    let number = number.trim();
    let (plus, rest) = match number.strip_prefix('+') {
        Some(rest) => ("+", rest),
        None => ("", number),
    };
    if !rest.chars().all(|c| c.is_ascii_digit() || c == ' ' || c == '-') {
        return None;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    (3..=20).contains(&digits.len()).then(|| format!("tel:{plus}{digits}"))
}

/// A `mailto:` link for a bare address (`info@helmond.nl`): no query with a subject, body or
/// extra recipients, no encoded characters, no display name.
pub fn mailto_url(address: &str) -> Option<String> {
    let address = address.trim();
    let (local, domain) = address.split_once('@')?;
    let local_ok = (1..=64).contains(&local.len())
        && local.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$'*+/=^_`{|}~.-".contains(&b))
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..");
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = domain.len() <= 253
        && labels.len() >= 2
        && labels.iter().all(|label| {
            (1..=63).contains(&label.len())
                && label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !label.starts_with('-')
                && !label.ends_with('-')
        });
    (local_ok && domain_ok).then(|| format!("mailto:{address}"))
}

/// Where a Markdown link may go: `tel:` and `mailto:` only in the forms above (an autolink
/// `<info@helmond.nl>` is a `mailto:`); other schemes are left to ammonia.
fn link_destination(link_type: LinkType, dest: &CowStr<'_>) -> Option<String> {
    if link_type == LinkType::Email {
        return mailto_url(dest);
    }
    let scheme = dest.split_once(':').map(|(scheme, _)| scheme.to_ascii_lowercase());
    match scheme.as_deref() {
        Some("tel") => tel_url(&dest[4..].replace("%20", " ")),
        Some("mailto") => mailto_url(&dest[7..]),
        _ => Some(dest.to_string()),
    }
}

/// The text of the Markdown without markup, for the search index and snippets.
pub fn markdown_to_plain_text(markdown: &str) -> String {
    let mut text = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::TableCell) => text.push('\n'),
            Event::Start(Tag::Item) => text.push_str("• "),
            _ => {}
        }
    }
    text.trim().to_string()
}

fn sanitizer() -> ammonia::Builder<'static> {
    let tags: HashSet<&str> = [
        "p",
        "h2",
        "h3",
        "h4",
        "ul",
        "ol",
        "li",
        "strong",
        "em",
        "del",
        "a",
        "br",
        "blockquote",
        "code",
        "pre",
        "table",
        "thead",
        "tbody",
        "tr",
        "th",
        "td",
        "hr",
    ]
    .into_iter()
    .collect();
    let mut builder = ammonia::Builder::empty();
    builder
        .tags(tags)
        .add_tag_attributes("a", ["href"])
        .url_schemes(["https", "tel", "mailto", "geo"].into_iter().collect())
        .url_relative(ammonia::UrlRelative::Deny)
        .attribute_filter(|element, attribute, value| match (element, attribute) {
            ("a", "href") => link_destination(LinkType::Inline, &CowStr::Borrowed(value)).map(Into::into),
            _ => Some(value.into()),
        })
        .link_rel(Some("noopener noreferrer external"));
    builder
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    #[test]
    fn renders_the_markdown_editors_use() {
        let html = markdown_to_safe_html(
            "## Steps\n\n1. Go to the **desk**.\n2. Call [0800 51 51](tel:+3180005151).\n\nSee [the page](https://www.government.nl/x).",
        );
        expect![[r#"<h2>Steps</h2>
<ol>
<li>Go to the <strong>desk</strong>.</li>
<li>Call <a href="tel:+3180005151" rel="noopener noreferrer external">0800 51 51</a>.</li>
</ol>
<p>See <a href="https://www.government.nl/x" rel="noopener noreferrer external">the page</a>.</p>
"#]]
        .assert_eq(&html);
    }

    /// Hostile bodies: nothing executable may survive, whatever the trick.
    #[test]
    fn nothing_executable_survives() {
        let attacks = [
            "<script>alert(1)</script>",
            "before <script src=https://evil.example/x.js></script> after",
            "<img src=x onerror=alert(1)>",
            "<a href=\"javascript:alert(1)\">click</a>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "[click](  javascript:alert(1))",
            "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "![img](data:image/svg+xml,<svg onload=alert(1)>)",
            "<div onclick=\"alert(1)\">x</div>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<svg><script>alert(1)</script></svg>",
            "[x](vbscript:msgbox(1))",
            "[x](http://plain.example)",
            "[x](/relative/path)",
            "<style>body{display:none}</style>",
            "<a href=\"https://ok.example\" onmouseover=\"alert(1)\">x</a>",
        ];
        for attack in attacks {
            let html = markdown_to_safe_html(attack);
            assert_only_safe_markup(attack, &html);
        }
    }

    /// Every literal `<` in sanitized output starts a real tag (text is escaped as `&lt;`), so
    /// checking each tag's name and attributes checks everything a webview would act on.
    fn assert_only_safe_markup(attack: &str, html: &str) {
        const TAGS: [&str; 22] = [
            "p",
            "h2",
            "h3",
            "h4",
            "ul",
            "ol",
            "li",
            "strong",
            "em",
            "del",
            "a",
            "br",
            "blockquote",
            "code",
            "pre",
            "table",
            "thead",
            "tbody",
            "tr",
            "th",
            "td",
            "hr",
        ];
        for tag in html.split('<').skip(1) {
            let tag = tag.split('>').next().unwrap_or_default().trim_start_matches('/');
            let mut parts = tag.split_whitespace();
            let name = parts.next().unwrap_or_default();
            assert!(TAGS.contains(&name), "{attack:?} left tag {name:?} in {html:?}");
            for attribute in tag[name.len()..].split('"').step_by(2).map(str::trim).filter(|a| !a.is_empty()) {
                assert!(matches!(attribute, "href=" | "rel="), "{attack:?} left attribute {attribute:?} in {html:?}");
            }
            if let Some(href) = tag.split("href=\"").nth(1) {
                let href = href.split('"').next().unwrap_or_default();
                assert!(
                    ["https:", "tel:", "mailto:", "geo:"].iter().any(|scheme| href.starts_with(scheme)),
                    "{attack:?} left link {href:?} in {html:?}"
                );
            }
        }
    }

    /// Regression: any `tel:` or `mailto:` passed, so a page could dial a USSD code or open a
    /// mail pre-filled with a subject, body and hidden copy recipients.
    #[test]
    fn tel_and_mailto_links_are_plain_numbers_and_bare_addresses() {
        expect![[r#"<p><a href="tel:+318005151" rel="noopener noreferrer external">call</a> <a href="tel:0492587777" rel="noopener noreferrer external">desk</a> <a href="mailto:info@helmond.nl" rel="noopener noreferrer external">mail</a> <a href="mailto:info@helmond.nl" rel="noopener noreferrer external">info@helmond.nl</a></p>
"#]]
        .assert_eq(&markdown_to_safe_html(
            "[call](<tel:+31 800-51 51>) [desk](tel:0492-587777) [mail](mailto:info@helmond.nl) <info@helmond.nl>",
        ));
        for refused in [
            "[x](tel:*%2306%23)",
            "[x](tel:+31800,1234)",
            "[x](tel:+31800;ext=1)",
            "[x](tel:0800p123)",
            "[x](tel:++31800)",
            "[x](tel:12)",
            "[x](mailto:info@helmond.nl?subject=Hi&body=Text)",
            "[x](mailto:info@helmond.nl?bcc=evil@example.com)",
            "[x](mailto:a@b.nl,evil@example.com)",
            "[x](mailto:info%40helmond.nl)",
            "[x](mailto:info@localhost)",
            "[x](MAILTO:info@helmond.nl?cc=evil@example.com)",
        ] {
            let html = markdown_to_safe_html(refused);
            assert!(!html.contains("href"), "{refused:?} became {html:?}");
            assert!(html.contains(">x<"), "the link's text stays: {html:?}");
        }
    }

    #[test]
    fn service_numbers_and_addresses_become_links_only_when_plain() {
        assert_eq!(tel_url(" +31 (0)492 587777 "), None);
        assert_eq!(tel_url("+31 492-587 777").as_deref(), Some("tel:+31492587777"));
        assert_eq!(tel_url("0492 587777 ext. 3"), None);
        assert_eq!(mailto_url("balie@helmond.nl").as_deref(), Some("mailto:balie@helmond.nl"));
        for bad in ["balie@helmond.nl?subject=x", "Balie <balie@helmond.nl>", "balie@helmond", "a@b.nl,c@d.nl", "@b.nl"]
        {
            assert_eq!(mailto_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn raw_html_shows_as_text() {
        expect![[r#"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>
"#]]
        .assert_eq(&markdown_to_safe_html("<script>alert(1)</script>"));
    }

    #[test]
    fn plain_text_drops_markup() {
        assert_eq!(markdown_to_plain_text("## Kop\n\n- **een**\n- [twee](https://x.nl)"), "Kop\n• een\n• twee");
    }
}
