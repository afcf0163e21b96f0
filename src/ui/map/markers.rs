//! Circle markers for entities whose shape is too small to see or hit at the current zoom
//! (Luxembourg is 2 px wide on a 1000 px world). They keep their on-screen size and go away
//! once the real shape is large enough.

use std::sync::Arc;

use leptos::prelude::*;

use super::world_map::look_of;
use crate::core::geo::viewport::{needs_marker, MIN_TARGET_PX};
use crate::core::geo::MapGeometry;
use crate::ui::state::use_app_state;

/// Visible radius in CSS px; the hit area is the full minimum target.
const RADIUS_PX: f64 = 6.0;

#[component]
pub fn Markers(geometry: Signal<Arc<MapGeometry>>) -> impl IntoView {
    let state = use_app_state();
    // Ids and centres of entities that need a marker now; recomputed as the zoom changes,
    // but only the few entities are looked at.
    let needed = move || {
        let k = state.viewport.with(|v| v.k);
        let px = state.px_per_unit.get();
        state.statuses.with(|statuses| {
            geometry.with(|g| {
                g.shapes
                    .iter()
                    .filter_map(|s| {
                        let status = statuses.get(&s.id)?;
                        let b = &s.main_bounds;
                        needs_marker(b, k, px).then(|| {
                            let c = ((b.x0 + b.x1) / 2.0, (b.y0 + b.y1) / 2.0);
                            (s.id.clone(), status.key(), c)
                        })
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    view! {
        <For each=needed key=|m| (m.0.clone(), m.1) let:m>
            {
                let (id, status, (mx, my)) = m;
                let pos = move || state.viewport.with(|v| v.apply(mx, my));
                let r = move || RADIUS_PX / state.px_per_unit.get();
                let hit = move || MIN_TARGET_PX / 2.0 / state.px_per_unit.get();
                let look = {
                    let id = id.clone();
                    move || look_of(state, &id).class()
                };
                // The keyboard's focus ring, where the shape itself is too small to show one.
                let focused = {
                    let id = id.clone();
                    move || {
                        let on = state.map_has_focus.get()
                            && state.key_focus.with(|k| k.as_deref() == Some(id.as_str()));
                        if on {
                            " focused"
                        } else {
                            ""
                        }
                    }
                };
                view! {
                    <g class="marker-group" data-id=id aria-hidden="true">
                        <circle class="marker-hit" cx=move || pos().0 cy=move || pos().1 r=hit />
                        <circle class=move || format!("marker status-{status}{}{}", look(), focused()) cx=move || pos().0 cy=move || pos().1 r=r />
                    </g>
                }
            }
        </For>
    }
}
