//! The control panel: search, the live summary, filters (a drawer on phones) and the list of
//! entities in the result.

use leptos::prelude::*;

use super::area_filter::AreaFilter;
use super::entity_list::EntityList;
use super::indicator_select::IndicatorSelect;
use super::region_filter::RegionFilter;
use super::result_summary::ResultSummary;
use super::search_box::SearchBox;
use super::status_filter::StatusFilter;
use super::timeline::Timeline;
use crate::i18n::*;
use crate::ui::media::media_matches;
use crate::ui::state::use_app_state;

/// Narrow screens start with the filters folded away, so the map comes first.
fn is_narrow() -> bool {
    media_matches("(max-width: 820px)")
}

#[component]
pub fn Controls() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let active = move || {
        let n = state.filter.with(|f| f.active_count())
            + usize::from(state.date.with(Option::is_some))
            + usize::from(state.indicator.with(Option::is_some));
        (n > 0).then(|| t_string!(i18n, controls.n_set, n))
    };
    let clear = move |_| {
        state.filter.set(Default::default());
        state.date.set(None);
        state.indicator.set(None);
    };
    let count = move || state.result.with(|r| r.len());
    // The drawers' contents are built just after the map's first paint: one long task split
    // in two keeps the page responsive while it starts.
    let later = RwSignal::new(false);
    set_timeout(move || later.set(true), std::time::Duration::ZERO);
    view! {
        <aside class="controls" aria-label=move || t_string!(i18n, controls.region_label)>
            <SearchBox />
            <ResultSummary />
            <details class="drawer filters" open=!is_narrow()>
                <summary><span class="drawer-title">{t_string!(i18n, controls.filters)}</span>{active}</summary>
                <Show when=move || later.get()>
                <div class="drawer-body">
                    <Timeline />
                    <StatusFilter />
                    <RegionFilter />
                    <AreaFilter />
                    <IndicatorSelect id="indicator-filter" label=Signal::derive(move || t_string!(i18n, controls.colour_by).to_string()) />
                    // Stays in place (focus is not lost); says when there is nothing to clear.
                    <button
                        type="button"
                        class="link-button"
                        aria-disabled=move || active().is_none().then_some("true")
                        on:click=clear
                    >{t_string!(i18n, controls.clear)}</button>
                </div>
                </Show>
            </details>
            <details class="drawer list" open=!is_narrow()>
                <summary><span class="drawer-title">{t_string!(i18n, controls.entities)}</span>" (" {count} ")"</summary>
                <Show when=move || later.get()>
                    <EntityList />
                </Show>
            </details>
        </aside>
    }
}
