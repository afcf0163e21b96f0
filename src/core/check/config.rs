//! The host's configuration file (`atlas-config.json`): which other origins `data=` may load
//! from, and the check of a `data=` address against it.

/// The file next to `index.html` where a host lists other origins `data=` may load from.
pub const CONFIG_FILE: &str = "atlas-config.json";

/// What a host configures in [`CONFIG_FILE`].
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HostConfig {
    /// Origins (`https://data.example.org`) that `data=` may point to, besides the page's own.
    #[serde(default)]
    pub data_origins: Vec<String>,
    /// The public site's address (`https://atlas.example.org/`): a presentation served from the
    /// speaker's own computer, often offline, points its QR code there, since the room's phones
    /// cannot open the laptop's address.
    #[serde(default)]
    pub public_url: Option<String>,
}

/// An absolute http(s) address without spaces, credentials, query or fragment.
fn plain_address(a: &str) -> bool {
    (a.starts_with("https://") || a.starts_with("http://"))
        && !a.trim_end_matches('/').contains(|c: char| {
            c.is_whitespace() || c.is_control() || c == '?' || c == '#' || c == '@'
        })
}

/// Reads [`CONFIG_FILE`]; a broken file allows nothing beyond the page's origin.
pub fn parse_config(text: &str) -> Result<HostConfig, String> {
    let config: HostConfig =
        serde_json::from_str(text).map_err(|e| format!("{CONFIG_FILE}: {e}"))?;
    for o in &config.data_origins {
        let ok = plain_address(o) && o.splitn(4, '/').nth(3).is_none_or(str::is_empty);
        if !ok {
            return Err(format!(
                "{CONFIG_FILE}: {o:?} is not an origin such as https://data.example.org"
            ));
        }
    }
    if let Some(p) = config.public_url.as_deref().filter(|p| !plain_address(p)) {
        return Err(format!(
            "{CONFIG_FILE}: {p:?} is not a public address such as https://atlas.example.org/"
        ));
    }
    Ok(config)
}

/// Whether a `data=` file, resolved against the page to `protocol` and `origin` (as the
/// browser's URL parser gives them), may be loaded: the page's own origin, or one the host
/// listed. The message says why not, for the page.
pub fn check_data_origin(
    protocol: &str,
    origin: &str,
    page_origin: &str,
    config: &HostConfig,
) -> Result<(), String> {
    if protocol != "https:" && protocol != "http:" {
        return Err(format!(
            "The data file was refused: only http(s) addresses can be loaded, not {protocol}"
        ));
    }
    let listed = config
        .data_origins
        .iter()
        .any(|o| o.trim_end_matches('/').eq_ignore_ascii_case(origin));
    if origin == page_origin || listed {
        Ok(())
    } else {
        Err(format!(
            "The data file was refused: {origin} is neither this site nor an origin listed in {CONFIG_FILE}. The built-in dataset is not shown either, so that a wrong file is noticed."
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_come_from_this_site_or_a_listed_origin() {
        let page = "https://atlas.example.org";
        let none = HostConfig::default();
        assert!(check_data_origin("https:", page, page, &none).is_ok());
        let refused = check_data_origin("https:", "https://evil.example", page, &none);
        assert!(
            refused.is_err_and(|m| m.contains("https://evil.example") && m.contains(CONFIG_FILE))
        );
        assert!(check_data_origin("javascript:", "null", page, &none).is_err());
        assert!(check_data_origin("data:", "null", "null", &none).is_err());
        let config =
            parse_config(r#"{"data_origins": ["https://data.example.org/"]}"#).unwrap_or_default();
        assert!(check_data_origin("https:", "https://data.example.org", page, &config).is_ok());
        assert!(check_data_origin("http:", "http://data.example.org", page, &config).is_err());
        for bad in [
            "{",
            r#"{"data_origins": "https://x.org"}"#,
            r#"{"data_origins": ["x.org"]}"#,
            r#"{"data_origins": ["https://x.org/path"]}"#,
            r#"{"data_origins": ["https://user@x.org"]}"#,
            r#"{"origins": []}"#,
        ] {
            assert!(parse_config(bad).is_err(), "{bad}");
        }
        assert_eq!(parse_config("{}"), Ok(HostConfig::default()));
        let public = parse_config(r#"{"public_url": "https://atlas.example.org/ess/"}"#);
        assert_eq!(
            public.map(|c| c.public_url),
            Ok(Some("https://atlas.example.org/ess/".to_owned()))
        );
        for bad in [
            "atlas.example.org",
            "javascript:alert(1)",
            "https://a.org/?x=1",
            "https://u@a.org/",
            "https://a.org/ x",
        ] {
            let text = format!(r#"{{"public_url": {bad:?}}}"#);
            assert!(parse_config(&text).is_err(), "{bad}");
        }
    }
}
