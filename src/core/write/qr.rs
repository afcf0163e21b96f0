//! A link as a QR code: the `qrcode` crate encodes it, and this module writes the dark modules
//! as one SVG path (for the page and the SVG download) and as rows of runs (for the PNG, drawn
//! on a canvas). Pure, so that the codes are decoded back natively in the tests.

use qrcode::{Color, EcLevel, QrCode};

/// The white margin a reader needs around the code, in modules (the standard's four).
pub const QUIET: usize = 4;

/// A QR code of a text: its side in modules (quiet zone included) and its dark runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    /// Modules per side, quiet zone included.
    pub side: usize,
    /// Horizontal runs of dark modules: (x, y, length), quiet zone included.
    pub runs: Vec<(usize, usize, usize)>,
}

impl Qr {
    /// The code of `text`, with medium error correction (15 %: a projector's glare or a
    /// printer's smudge), or `None` for a text too long for any QR code.
    pub fn of(text: &str) -> Option<Qr> {
        let code = QrCode::with_error_correction_level(text, EcLevel::M).ok()?;
        let width = code.width();
        let colors = code.to_colors();
        let mut runs = Vec::new();
        for (y, row) in colors.chunks(width).enumerate() {
            let mut x = 0;
            while x < width {
                if row[x] == Color::Dark {
                    let start = x;
                    while x < width && row[x] == Color::Dark {
                        x += 1;
                    }
                    runs.push((start + QUIET, y + QUIET, x - start));
                } else {
                    x += 1;
                }
            }
        }
        Some(Qr {
            side: width + 2 * QUIET,
            runs,
        })
    }

    /// The dark modules as an SVG path, in module units.
    pub fn path(&self) -> String {
        let mut d = String::with_capacity(self.runs.len() * 14);
        for &(x, y, n) in &self.runs {
            d.push_str(&format!("M{x} {y}h{n}v1h-{n}z"));
        }
        d
    }

    /// Whether the module at (x, y) is dark (quiet zone included).
    pub fn dark(&self, x: usize, y: usize) -> bool {
        self.runs
            .iter()
            .any(|&(rx, ry, n)| ry == y && (rx..rx + n).contains(&x))
    }

    /// A standalone SVG file of the code, black on white, `title` as its name: for print.
    pub fn svg_file(&self, title: &str) -> String {
        let side = self.side;
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" width=\"{px}\" height=\"{px}\" shape-rendering=\"crispEdges\"><title>{}</title><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{}\"/></svg>\n",
            super::embed::escape_attr(title),
            self.path(),
            px = side * 8,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes `qr` as a reader would, from a greyscale image at `scale` pixels per module.
    fn read(qr: &Qr, scale: usize) -> String {
        let px = qr.side * scale;
        let mut image = rqrr::PreparedImage::prepare_from_greyscale(px, px, |x, y| {
            if qr.dark(x / scale, y / scale) {
                0
            } else {
                255
            }
        });
        let grids = image.detect_grids();
        assert_eq!(grids.len(), 1, "one code in the image");
        grids[0].decode().expect("a readable code").1
    }

    #[test]
    fn a_view_link_reads_back_as_itself() {
        let link =
            "https://sse-atlas.example.org/?country=COL&indicator=sse-jobs&date=2016-09&lang=fr";
        let qr = Qr::of(link).expect("fits");
        assert_eq!(read(&qr, 4), link);
        // The quiet zone is white on every side.
        for i in 0..qr.side {
            for q in 0..QUIET {
                assert!(!qr.dark(i, q) && !qr.dark(q, i));
                assert!(!qr.dark(i, qr.side - 1 - q) && !qr.dark(qr.side - 1 - q, i));
            }
        }
    }

    #[test]
    fn the_svg_file_holds_the_same_code_and_an_escaped_title() {
        let qr = Qr::of("https://a.example/?q=x").expect("fits");
        let svg = qr.svg_file("QR <code> \"link\"");
        assert!(svg.contains(&format!("d=\"{}\"", qr.path())));
        assert!(svg.contains("<title>QR &lt;code&gt; &quot;link&quot;</title>"));
        assert!(svg.contains(&format!("viewBox=\"0 0 {0} {0}\"", qr.side)));
    }

    #[test]
    fn a_text_too_long_for_any_code_has_none() {
        assert!(Qr::of(&"x".repeat(5000)).is_none());
        assert!(Qr::of("").is_some());
    }
}
