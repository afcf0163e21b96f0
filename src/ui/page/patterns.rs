//! The hatching and dotting of the statuses that are not a plain colour, once for the map and
//! its legends. The map's follow its zoom (`data-units`, `data-rotate`: `ui::map::overlay`
//! keeps them the same size on screen); the legends' swatches keep theirs.

use leptos::prelude::*;

/// The patterns as `<defs>`, with ids `{prefix}hatch-observer`, `{prefix}hatch-nodata`,
/// `{prefix}dots-interested`. `units`: the map's path units per map unit, for the map's own.
#[component]
pub fn Patterns(prefix: &'static str, #[prop(optional)] units: Option<u32>) -> impl IntoView {
    let transform = move |rotate: &str| match (units, rotate) {
        (Some(u), "") => Some(format!("scale({u})")),
        (Some(u), r) => Some(format!("{r} scale({u})")),
        (None, "") => None,
        (None, r) => Some(r.to_owned()),
    };
    let map = move |rotate: &'static str| units.map(|_| rotate);
    let units = units.map(|u| u.to_string());
    view! {
        <defs>
            <pattern id=format!("{prefix}hatch-observer") width="6" height="6" patternUnits="userSpaceOnUse"
                data-rotate=map("rotate(45)") data-units=units.clone() patternTransform=transform("rotate(45)")>
                <rect class="pattern-bg-observer" width="6" height="6" />
                <line class="pattern-line" x1="0" y1="0" x2="0" y2="6" />
            </pattern>
            <pattern id=format!("{prefix}hatch-nodata") width="5" height="5" patternUnits="userSpaceOnUse"
                data-rotate=map("rotate(-45)") data-units=units.clone() patternTransform=transform("rotate(-45)")>
                <rect class="pattern-bg-nodata" width="5" height="5" />
                <line class="pattern-line-nodata" x1="0" y1="0" x2="0" y2="5" />
            </pattern>
            <pattern id=format!("{prefix}dots-interested") width="5" height="5" patternUnits="userSpaceOnUse"
                data-rotate=map("") data-units=units patternTransform=transform("")>
                <rect class="pattern-bg-interested" width="5" height="5" />
                <circle class="pattern-dot" cx="2.5" cy="2.5" r="1.1" />
            </pattern>
        </defs>
    }
}
