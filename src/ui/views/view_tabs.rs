//! Switches between map, table and chart.

use leptos::prelude::*;

use crate::core::link::View;
use crate::i18n::*;
use crate::ui::state::use_app_state;

#[component]
pub fn ViewTabs() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let buttons = View::ALL
        .into_iter()
        .map(|v| {
            // Not `View::label()`: that is the English name.
            let label = match v {
                View::Map => t_string!(i18n, views.map),
                View::Table => t_string!(i18n, views.table),
                View::Chart => t_string!(i18n, views.chart),
            };
            view! {
                <button
                    type="button"
                    class="view-button"
                    aria-pressed=move || (state.view.get() == v).to_string()
                    on:click=move |_| state.view.set(v)
                >{label}</button>
            }
        })
        .collect_view();
    view! { <div class="view-tabs" role="group" aria-label=move || t_string!(i18n, tabs.label)>{buttons}</div> }
}
