//! Reads the QR codes of a PDF that `wegwijs_publish::print` wrote, as a phone's camera would.

use wegwijs_publish::print::{PAGE_HEIGHT, PAGE_WIDTH};

/// The page's content stream (object 4, as `write_pdf` numbers them), inflated.
fn content_stream(pdf: &[u8]) -> String {
    let at = pdf.windows(8).position(|w| w == b"4 0 obj\n").expect("the contents object");
    let rest = &pdf[at..];
    let start = rest.windows(7).position(|w| w == b"stream\n").unwrap() + 7;
    let end = rest.windows(10).position(|w| w == b"\nendstream").unwrap();
    let bytes = miniz_oxide::inflate::decompress_to_vec_zlib(&rest[start..end]).unwrap();
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Paints every `x y w h re` of the content stream black on a white page, 2 pixels a
/// point, and reads the QR codes on it as a phone's camera would.
pub fn decode_qr(pdf: &[u8]) -> Vec<String> {
    const SCALE: f32 = 2.0;
    let (width, height) = ((PAGE_WIDTH * SCALE) as usize, (PAGE_HEIGHT * SCALE) as usize);
    let mut pixels = vec![255u8; width * height];
    let content = content_stream(pdf);
    let tokens: Vec<&str> = content.split_whitespace().collect();
    for (index, token) in tokens.iter().enumerate() {
        if *token != "re" || index < 4 {
            continue;
        }
        let n: Vec<f32> = tokens[index - 4..index].iter().map(|t| t.parse().unwrap()).collect();
        let (x0, x1) = ((n[0] * SCALE).round() as usize, ((n[0] + n[2]) * SCALE).round() as usize);
        // PDF's y grows upwards, the image's downwards.
        let (y0, y1) =
            (((PAGE_HEIGHT - n[1] - n[3]) * SCALE).round() as usize, ((PAGE_HEIGHT - n[1]) * SCALE).round() as usize);
        for y in y0..y1.min(height) {
            pixels[y * width + x0..y * width + x1.min(width)].fill(0);
        }
    }
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixels[y * width + x]);
    image.detect_grids().iter().filter_map(|grid| grid.decode().ok()).map(|(_, text)| text).collect()
}
