//! The printed onboarding sheet: one A4 page as PDF (laid out with `wegwijs_publish::print`,
//! shared with the studio's desk poster), plus the QR code alone as SVG and PNG.

use anyhow::Result;
use wegwijs_publish::print::{MARGIN, PAGE_WIDTH, Page};
pub use wegwijs_publish::print::{qr_code, qr_png, qr_svg};

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

/// Renders the sheet as a one-page A4 PDF.
pub fn render_pdf(sheet: &Sheet) -> Result<Vec<u8>> {
    let mut page = Page::new()?;
    let text_width = PAGE_WIDTH - 2.0 * MARGIN;

    page.paragraph(MARGIN, text_width, 22.0, 0.0, &sheet.title);
    page.y -= 4.0;
    for line in &sheet.from_lines {
        page.paragraph(MARGIN, text_width, 12.0, 0.2, line);
    }

    // The QR code on the left, how to start on its right.
    page.y -= 18.0;
    let top = page.y;
    let qr_side = 150.0;
    page.qr(&sheet.link, MARGIN, top, qr_side)?;
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

    Ok(page.finish())
}
