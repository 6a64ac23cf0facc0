//! Markdown to safe HTML, done once at import so the app only ever shows stored, clean HTML.
//!
//! Two layers: raw HTML in the Markdown is turned into text before rendering (so `<script>`
//! shows as the characters people typed), and ammonia then allows only a small tag set and
//! https, tel, mailto and geo links. Either layer alone would already stop a script.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd, html};
use std::collections::HashSet;

/// Renders Markdown to sanitized HTML.
pub fn markdown_to_safe_html(markdown: &str) -> String {
    let parser =
        Parser::new_ext(markdown, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).map(|event| match event {
            Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
            Event::Start(Tag::HtmlBlock) => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::HtmlBlock) => Event::End(TagEnd::Paragraph),
            other => other,
        });
    let mut unsafe_html = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    sanitizer().clean(&unsafe_html).to_string()
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
