//! Writing a view into a link: the inverse of `parse`, with the defaults left out.

use super::*;

/// The query string for `state` (without `?`; empty for the default state).
pub fn print(state: &UrlState) -> String {
    let mut q = form_urlencoded::Serializer::new(String::new());
    if let Some(c) = &state.country {
        q.append_pair("country", c);
    }
    if !state.filter.statuses.is_empty() {
        let keys: Vec<&str> = state.filter.statuses.iter().map(|s| s.key()).collect();
        q.append_pair("status", &keys.join(","));
    }
    if let Some(r) = &state.filter.region {
        q.append_pair("region", r);
    }
    if let Some(d) = &state.date {
        q.append_pair("date", &d.to_string());
    }
    if let Some(a) = &state.filter.area {
        q.append_pair("area", a);
    }
    if let Some(i) = &state.indicator {
        q.append_pair("indicator", i);
    }
    if !state.q.is_empty() {
        q.append_pair("q", &state.q);
    }
    if state.view != View::Map {
        q.append_pair("view", state.view.key());
    }
    if !state.compare.is_empty() {
        q.append_pair("compare", &state.compare.join(","));
    }
    if let Some(z) = state.zoom {
        q.append_pair("zoom", &round2(z).to_string());
    }
    if let Some((lat, lon)) = state.center {
        q.append_pair("center", &format!("{},{}", round2(lat), round2(lon)));
    }
    let f = &state.frame;
    if f.embed {
        q.append_pair("embed", "1");
    }
    if f.present {
        q.append_pair("present", "1");
    }
    if f.card {
        q.append_pair("card", "1");
    }
    if let Some(n) = f.slide {
        q.append_pair("slide", &n.to_string());
    }
    if let Some(n) = f.auto {
        q.append_pair("auto", &n.to_string());
    }
    if let Some(t) = f.theme {
        q.append_pair("theme", t.key());
    }
    if let Some(c) = f.accent {
        q.append_pair("accent", &c.to_hex());
    }
    if let Some(d) = &f.data {
        q.append_pair("data", d);
    }
    if let Some(b) = &f.boundaries {
        q.append_pair("boundaries", b);
    }
    if let Some(l) = f.lang {
        q.append_pair("lang", l.code());
    }
    // Commas are safe in a query and keep lists readable.
    q.finish().replace("%2C", ",")
}
