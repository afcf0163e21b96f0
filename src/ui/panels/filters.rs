//! The filters drawer's contents (loaded when it first opens): the timeline, the status,
//! region and issue-area filters, the indicator that colours the map, and "clear".

use leptos::prelude::*;

use super::area_filter::AreaFilter;
use super::indicator_select::IndicatorSelect;
use super::region_filter::RegionFilter;
use super::status_filter::StatusFilter;
use super::timeline::Timeline;
use crate::i18n::*;
use crate::ui::state::use_view;

#[component]
pub fn Filters() -> impl IntoView {
    let view = use_view();
    let i18n = use_i18n();
    let active = move || {
        view.filter.with(|f| f.active_count())
            + usize::from(view.date.with(Option::is_some))
            + usize::from(view.indicator.with(Option::is_some))
            > 0
    };
    let clear = move |_| {
        view.filter.set(Default::default());
        view.date.set(None);
        view.indicator.set(None);
    };
    view! {
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
                aria-disabled=move || (!active()).then_some("true")
                on:click=clear
            >{t_string!(i18n, controls.clear)}</button>
        </div>
    }
}
