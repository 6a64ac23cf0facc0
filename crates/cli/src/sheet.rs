//! The printed onboarding sheet: one A4 page as PDF, with the QR code drawn as vector squares
//! and text in DejaVu Sans (embedded, so Polish, Romanian and Bulgarian print the same
//! everywhere), plus the QR code alone as SVG and PNG.

use anyhow::{Context, Result};
use pdf_writer::types::{CidFontType, FontFlags, SystemInfo};
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str};
use qrcode::{Color, EcLevel, QrCode};
use std::collections::BTreeMap;

/// DejaVu Sans (free licence, assets/fonts/LICENSE-DejaVu.txt): covers Latin and Cyrillic.
const FONT: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");
const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 50.0;
/// Light modules around the code, as scanners need.
const QUIET_ZONE: usize = 4;

/// What goes on a sheet, every text already in the worker's language.
#[derive(Debug, Clone)]
pub struct Sheet {
    pub title: String,
    /// Lines under the title: the employer's name and contact desk, as plain text.
    pub from_lines: Vec<String>,
    pub link: String,
    pub scan_hint: String,
    pub install_title: String,
    pub install_steps: Vec<String>,
    pub steps_title: String,
    /// (when, what, note) per first step, soonest first.
    pub steps: Vec<(String, String, String)>,
    pub footer: String,
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
struct Page<'a> {
    content: Content,
    type_: Typesetter<'a>,
    y: f32,
}

impl Page<'_> {
    fn text(&mut self, x: f32, y: f32, size: f32, gray: f32, text: &str) {
        let encoded = self.type_.encode(text);
        self.content.set_fill_gray(gray);
        self.content.begin_text();
        self.content.set_font(Name(b"F1"), size);
        self.content.next_line(x, y);
        self.content.show(Str(&encoded));
        self.content.end_text();
    }

    /// A wrapped paragraph at `x`, moving the cursor down.
    fn paragraph(&mut self, x: f32, width: f32, size: f32, gray: f32, text: &str) {
        for line in self.type_.wrap(text, size, width) {
            self.y -= size * 1.3;
            self.text(x, self.y, size, gray, &line);
        }
    }
}

/// Renders the sheet as a one-page A4 PDF.
pub fn render_pdf(sheet: &Sheet) -> Result<Vec<u8>> {
    let face = ttf_parser::Face::parse(FONT, 0).context("reading the embedded font")?;
    let mut page =
        Page { content: Content::new(), type_: Typesetter { face, used: BTreeMap::new() }, y: PAGE_HEIGHT - MARGIN };
    let text_width = PAGE_WIDTH - 2.0 * MARGIN;

    page.paragraph(MARGIN, text_width, 22.0, 0.0, &sheet.title);
    page.y -= 4.0;
    for line in &sheet.from_lines {
        page.paragraph(MARGIN, text_width, 12.0, 0.2, line);
    }

    // The QR code on the left, how to start on its right.
    page.y -= 18.0;
    let top = page.y;
    let code = qr_code(&sheet.link)?;
    let qr_side = 150.0;
    let modules = code.width();
    let module = qr_side / (modules + 2 * QUIET_ZONE) as f32;
    page.content.set_fill_gray(0.0);
    for (index, color) in code.to_colors().iter().enumerate() {
        if *color == Color::Dark {
            let (mx, my) = ((index % modules + QUIET_ZONE) as f32, (index / modules + QUIET_ZONE) as f32);
            page.content.rect(MARGIN + mx * module, top - (my + 1.0) * module, module, module);
        }
    }
    page.content.fill_nonzero();
    let column = MARGIN + qr_side + 20.0;
    let column_width = PAGE_WIDTH - MARGIN - column;
    page.y = top;
    page.paragraph(column, column_width, 14.0, 0.0, &sheet.install_title);
    page.y -= 4.0;
    for (number, step) in sheet.install_steps.iter().enumerate() {
        page.paragraph(column, column_width, 11.0, 0.1, &format!("{}. {step}", number + 1));
        page.y -= 3.0;
    }
    page.y = page.y.min(top - qr_side);
    page.paragraph(MARGIN, qr_side + 40.0, 9.0, 0.3, &sheet.scan_hint);

    page.y -= 22.0;
    page.paragraph(MARGIN, text_width, 16.0, 0.0, &sheet.steps_title);
    page.y -= 4.0;
    for (when, what, note) in &sheet.steps {
        if page.y < MARGIN + 60.0 {
            break;
        }
        page.y -= 6.0;
        let line = if when.is_empty() { what.clone() } else { format!("{when}  ·  {what}") };
        page.paragraph(MARGIN, text_width, 12.0, 0.0, &line);
        page.paragraph(MARGIN + 12.0, text_width - 12.0, 9.5, 0.35, note);
    }
    page.y = MARGIN;
    page.text(MARGIN, MARGIN - 10.0, 8.5, 0.4, &sheet.footer);

    Ok(write_pdf(page.content, &page.type_))
}

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
