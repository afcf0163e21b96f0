//! Colours a host or a visitor's system asks for: the theme (light, dark, more contrast) and a
//! host's accent colour, with WCAG contrast to decide where the accent may be used.

/// Colour scheme a host can ask for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Light,
    Dark,
    /// High contrast (also the projector-safe presentation theme).
    Contrast,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Light, Theme::Dark, Theme::Contrast];

    pub fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::Contrast => "contrast",
        }
    }

    pub fn parse(s: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.key() == s.trim())
    }
}

/// A colour given by a host (`accent=#1f5fa8`, `accent=1f5fa8` or `accent=#15a`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.trim().trim_start_matches('#');
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let channel = |i: usize, len: usize| -> Option<u8> {
            let part = hex.get(i * len..(i + 1) * len)?;
            let v = u8::from_str_radix(part, 16).ok()?;
            Some(if len == 1 { v * 17 } else { v })
        };
        let len = match hex.len() {
            3 => 1,
            6 => 2,
            _ => return None,
        };
        Some(Rgb(channel(0, len)?, channel(1, len)?, channel(2, len)?))
    }

    /// `#rrggbb`, the only form that reaches CSS.
    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG 2.x relative luminance.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        (a.max(b) + 0.05) / (a.min(b) + 0.05)
    }

    /// Black or white, whichever reads better on this colour (text on accent buttons).
    pub fn text_on(self) -> Rgb {
        let (black, white) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
        if self.contrast(black) >= self.contrast(white) {
            black
        } else {
            white
        }
    }
}

/// The map's colours in the light theme: the page's (the style sheet's variables are
/// written from these at build time) and the exported sheet's, one definition for both.
pub struct Palette {
    pub land: &'static str,
    pub land_stroke: &'static str,
    pub member: &'static str,
    pub observer: &'static str,
    pub observer_line: &'static str,
    pub interested: &'static str,
    pub interested_dot: &'static str,
    /// Left out by the filters (a flat tint for print; the page fades the land colour).
    pub faded: &'static str,
    pub faded_stroke: &'static str,
    pub no_data: &'static str,
    pub no_data_line: &'static str,
    /// Outline of coloured entities.
    pub classed_stroke: &'static str,
}

pub const LIGHT: Palette = Palette {
    land: "#d9dee4",
    land_stroke: "#ffffff",
    member: "#1f5fa8",
    observer: "#e39b16",
    observer_line: "#7a4b00",
    interested: "#9c4f96",
    interested_dot: "#f3e3f1",
    faded: "#e6e9ed",
    faded_stroke: "#9aa3ad",
    no_data: "#f2f2f2",
    no_data_line: "#7d8590",
    classed_stroke: "#1b2430",
};

/// The indicator classes, ColorBrewer YlGnBu (5 classes; readable in every theme).
pub const CLASSES: [&str; 5] = ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"];

/// The style rules of [`LIGHT`] and [`CLASSES`]: the light theme's variables and the classes'
/// fills, written into the page's style sheet at build time.
pub fn palette_css() -> String {
    let p = &LIGHT;
    let mut css = format!(
        ":root{{--land:{};--land-stroke:{};--member:{};--observer:{};--observer-line:{};\
         --interested:{};--interested-dot:{};--faded-stroke:{};--no-data:{};--no-data-line:{};\
         --classed-stroke:{}}}",
        p.land,
        p.land_stroke,
        p.member,
        p.observer,
        p.observer_line,
        p.interested,
        p.interested_dot,
        p.faded_stroke,
        p.no_data,
        p.no_data_line,
        p.classed_stroke
    );
    for (i, c) in CLASSES.iter().enumerate() {
        css.push_str(&format!(".choro-{i}{{fill:{c}}}"));
    }
    css
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn themes_and_accents_parse_or_fall_back() {
        assert_eq!(Theme::parse("dark"), Some(Theme::Dark));
        assert_eq!(Theme::parse("contrast"), Some(Theme::Contrast));
        assert_eq!(Theme::parse("neon"), None);
        assert_eq!(Rgb::parse("#1f5fa8"), Some(Rgb(0x1f, 0x5f, 0xa8)));
        assert_eq!(
            Rgb::parse("1F5FA8").map(Rgb::to_hex).as_deref(),
            Some("#1f5fa8")
        );
        assert_eq!(Rgb::parse("#15a"), Some(Rgb(0x11, 0x55, 0xaa)));
        for bad in [
            "",
            "#",
            "#12",
            "#12345",
            "#1234567",
            "red",
            "#ggg",
            "#fff;}body{",
            "#é5a",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn contrast_follows_wcag() {
        let (black, white) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
        assert!((black.contrast(white) - 21.0).abs() < 1e-9);
        assert!((white.contrast(white) - 1.0).abs() < 1e-9);
        // #767676 is the classic 4.54:1 grey on white.
        assert!((Rgb(0x76, 0x76, 0x76).contrast(white) - 4.54).abs() < 0.01);
        assert_eq!(Rgb(0x0b, 0x4f, 0x6c).text_on(), white);
        assert_eq!(Rgb(0xff, 0xff, 0xcc).text_on(), black);
    }
}
