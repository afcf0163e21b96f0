//! Switches between map, table and chart.

use leptos::prelude::*;

use crate::core::url::View;
use crate::ui::state::use_app_state;

#[component]
pub fn ViewTabs() -> impl IntoView {
    let state = use_app_state();
    let buttons = View::ALL
        .into_iter()
        .map(|v| {
            view! {
                <button
                    type="button"
                    class="view-button"
                    aria-pressed=move || (state.view.get() == v).to_string()
                    on:click=move |_| state.view.set(v)
                >{v.label()}</button>
            }
        })
        .collect_view();
    view! { <div class="view-tabs" role="group" aria-label="Show as">{buttons}</div> }
}
