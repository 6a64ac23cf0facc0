//! Printed pages: one A4 page as PDF, with QR codes drawn as vector squares and text in
//! DejaVu Sans (embedded, so Polish, Romanian and Bulgarian print the same everywhere), and a
//! QR code alone as SVG and PNG. The CLI's onboarding sheet and the studio's desk poster are
//! laid out with it.

use anyhow::{Context, Result};
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str};
use qrcode::{Color, EcLevel, QrCode};
use std::collections::BTreeMap;

/// DejaVu Sans (free licence, assets/fonts/LICENSE-DejaVu.txt): covers Latin and Cyrillic.
pub const FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
pub const PAGE_WIDTH: f32 = 595.0;
pub const PAGE_HEIGHT: f32 = 842.0;
pub const MARGIN: f32 = 50.0;
/// Light modules around the code, as scanners need.
pub const QUIET_ZONE: usize = 4;

/// The desk poster: what a municipality hangs at its desk, every text in one language.
#[derive(Debug, Clone)]
pub struct Poster {
    pub title: String,
    /// What the code does, under the title.
    pub lead: String,
    /// What the QR code holds: the app's start link for the municipality.
    pub link: String,
    pub scan_hint: String,
    pub steps: Vec<String>,
    pub footer: String,
}

/// The poster as a one-page A4 PDF: a large title, the QR code large in the middle (about
/// 9 cm, scanned from a few metres), the link under it in print, the steps below.
pub fn poster_pdf(poster: &Poster) -> Result<Vec<u8>> {
    let mut page = Page::new()?;
    let width = PAGE_WIDTH - 2.0 * MARGIN;
    page.y -= 10.0;
    page.paragraph(MARGIN, width, 34.0, 0.0, &poster.title);
    page.y -= 8.0;
    page.paragraph(MARGIN, width, 16.0, 0.15, &poster.lead);
    page.y -= 24.0;
    let side = 260.0;
    page.qr(&poster.link, (PAGE_WIDTH - side) / 2.0, page.y, side)?;
    page.y -= side + 4.0;
    page.paragraph(MARGIN, width, 14.0, 0.0, &poster.scan_hint);
    page.paragraph(MARGIN, width, 8.0, 0.4, &poster.link);
    page.y -= 16.0;
    for (number, step) in poster.steps.iter().enumerate() {
        page.paragraph(MARGIN, width, 13.0, 0.1, &format!("{}. {step}", number + 1));
        page.y -= 4.0;
    }
    page.text(MARGIN, MARGIN - 10.0, 9.0, 0.4, &poster.footer);
    Ok(page.finish())
}

/// The QR code of a link, with enough error correction to survive a creased sheet.
pub fn qr_code(link: &str) -> Result<QrCode> {
    QrCode::with_error_correction_level(link.as_bytes(), EcLevel::M).context("the link is too long for a QR code")
}

pub fn qr_svg(code: &QrCode) -> String {
    code.render::<qrcode::render::svg::Color<'_>>().min_dimensions(300, 300).quiet_zone(true).build()
}

/// The code as a greyscale PNG, `scale` pixels per module.
pub fn qr_png(code: &QrCode, scale: usize) -> Result<Vec<u8>> {
    let modules = code.width();
    let size = (modules + 2 * QUIET_ZONE) * scale;
    let colors = code.to_colors();
    let mut pixels = vec![255u8; size * size];
    for (index, color) in colors.iter().enumerate() {
        if *color == Color::Dark {
            let (mx, my) = (index % modules + QUIET_ZONE, index / modules + QUIET_ZONE);
            for y in my * scale..(my + 1) * scale {
                pixels[y * size + mx * scale..y * size + (mx + 1) * scale].fill(0);
            }
        }
    }
    let mut out = Vec::new();
    let side = u32::try_from(size)?;
    let mut encoder = png::Encoder::new(&mut out, side, side);
    encoder.set_color(png::ColorType::Grayscale);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.write_header()?.write_image_data(&pixels)?;
    Ok(out)
}

/// Text set in the embedded font: glyph ids, with the widths and Unicode each glyph stands for.
struct Typesetter<'a> {
    face: ttf_parser::Face<'a>,
    used: BTreeMap<u16, char>,
}

impl Typesetter<'_> {
    fn glyph(&self, c: char) -> u16 {
        self.face.glyph_index(c).map_or(0, |g| g.0)
    }

    /// Width in 1/1000 em, as PDF font widths are given.
    fn advance(&self, glyph: u16) -> f32 {
        let units = self.face.glyph_hor_advance(ttf_parser::GlyphId(glyph)).unwrap_or(0);
        f32::from(units) * 1000.0 / f32::from(self.face.units_per_em())
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|c| self.advance(self.glyph(c))).sum::<f32>() * size / 1000.0
    }

    /// The text as two-byte glyph ids (Identity-H), remembering each glyph for ToUnicode.
    fn encode(&mut self, text: &str) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(text.len() * 2);
        for c in text.chars() {
            let glyph = self.glyph(c);
            self.used.entry(glyph).or_insert(c);
            bytes.extend(glyph.to_be_bytes());
        }
        bytes
    }

    /// Breaks `text` into lines no wider than `width` at `size`.
    fn wrap(&self, text: &str, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
            if self.width(&candidate, size) > width && !line.is_empty() {
                lines.push(std::mem::replace(&mut line, word.to_string()));
            } else {
                line = candidate;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
        lines
    }
}

/// A page being laid out from the top down.
pub struct Page<'a> {
    content: Content,
    type_: Typesetter<'a>,
    /// The cursor, from the top down.
    pub y: f32,
}

impl std::fmt::Debug for Page<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Page").field("y", &self.y).finish_non_exhaustive()
    }
}

impl<'a> Page<'a> {
    /// An empty page in the embedded font, the cursor at the top margin.
    pub fn new() -> Result<Page<'static>> {
        let face = ttf_parser::Face::parse(FONT, 0).context("reading the embedded font")?;
        Ok(Page { content: Content::new(), type_: Typesetter { face, used: BTreeMap::new() }, y: PAGE_HEIGHT - MARGIN })
    }

    /// Draws the QR code of `link` as dark squares, `side` points wide (quiet zone included),
    /// its top left corner at (`x`, `top`).
    pub fn qr(&mut self, link: &str, x: f32, top: f32, side: f32) -> Result<()> {
        let code = qr_code(link)?;
        let modules = code.width();
        let module = side / (modules + 2 * QUIET_ZONE) as f32;
        self.content.set_fill_gray(0.0);
        for (index, color) in code.to_colors().iter().enumerate() {
            if *color == Color::Dark {
                let (mx, my) = ((index % modules + QUIET_ZONE) as f32, (index / modules + QUIET_ZONE) as f32);
                self.content.rect(x + mx * module, top - (my + 1.0) * module, module, module);
            }
        }
        self.content.fill_nonzero();
        Ok(())
    }

    /// The finished page as PDF.
    pub fn finish(self) -> Vec<u8> {
        write_pdf(self.content, &self.type_)
    }
    pub fn text(&mut self, x: f32, y: f32, size: f32, gray: f32, text: &str) {
        let encoded = self.type_.encode(text);
        self.content.set_fill_gray(gray);
        self.content.begin_text();
        self.content.set_font(Name(b"F1"), size);
        self.content.next_line(x, y);
        self.content.show(Str(&encoded));
        self.content.end_text();
    }

    /// A wrapped paragraph at `x`, moving the cursor down.
    pub fn paragraph(&mut self, x: f32, width: f32, size: f32, gray: f32, text: &str) {
        for line in self.type_.wrap(text, size, width) {
            self.y -= size * 1.3;
            self.text(x, self.y, size, gray, &line);
        }
    }
}

/// The page as a one-page A4 PDF with the font embedded.
fn write_pdf(content: Content, type_: &Typesetter<'_>) -> Vec<u8> {
    let [catalog, pages, page, contents, font, cid_font, descriptor, font_file, to_unicode] =
        std::array::from_fn(|i| Ref::new(i as i32 + 1));
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(pages);
    pdf.pages(pages).kids([page]).count(1);
    let mut page_writer = pdf.page(page);
    page_writer.media_box(Rect::new(0.0, 0.0, PAGE_WIDTH, PAGE_HEIGHT)).parent(pages).contents(contents);
    page_writer.resources().fonts().pair(Name(b"F1"), font);
    page_writer.finish();
    let body = miniz_oxide::deflate::compress_to_vec_zlib(&content.finish(), 6);
    pdf.stream(contents, &body).filter(Filter::FlateDecode);

    let system_info = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 };
    pdf.type0_font(font)
        .base_font(Name(b"DejaVuSans"))
        .encoding_predefined(Name(b"Identity-H"))
        .descendant_font(cid_font)
        .to_unicode(to_unicode);
    let mut cid = pdf.cid_font(cid_font);
    cid.subtype(CidFontType::Type2)
        .base_font(Name(b"DejaVuSans"))
        .system_info(system_info)
        .font_descriptor(descriptor)
        .cid_to_gid_map_predefined(Name(b"Identity"))
        .default_width(0.0);
    let mut widths = cid.widths();
    for glyph in type_.used.keys() {
        widths.consecutive(*glyph, [type_.advance(*glyph)]);
    }
    widths.finish();
    cid.finish();
    let face = &type_.face;
    let scale = |v: i16| f32::from(v) * 1000.0 / f32::from(face.units_per_em());
    let bbox = face.global_bounding_box();
    pdf.font_descriptor(descriptor)
        .name(Name(b"DejaVuSans"))
        .flags(FontFlags::NON_SYMBOLIC)
        .bbox(Rect::new(scale(bbox.x_min), scale(bbox.y_min), scale(bbox.x_max), scale(bbox.y_max)))
        .italic_angle(0.0)
        .ascent(scale(face.ascender()))
        .descent(scale(face.descender()))
        .cap_height(scale(face.capital_height().unwrap_or(face.ascender())))
        .stem_v(80.0)
        .font_file2(font_file);
    let compressed_font = miniz_oxide::deflate::compress_to_vec_zlib(FONT, 6);
    pdf.stream(font_file, &compressed_font).filter(Filter::FlateDecode).pair(Name(b"Length1"), FONT.len() as i32);
    let mut cmap = pdf_writer::types::UnicodeCmap::new(Name(b"Wegwijs-UTF16"), system_info);
    for (glyph, c) in &type_.used {
        cmap.pair(*glyph, *c);
    }
    pdf.cmap(to_unicode, &cmap.finish());
    pdf.finish()
}
