//! Above the map: the switch between map, table and chart, and the tools to share the view
//! (copy its link, share or embed it, present the tour, download it). The dialog and the
//! downloads load their code when first used.

use leptos::prelude::*;

use super::export_menu::Export;
use crate::core::link::View as Tab;
use crate::i18n::*;
use crate::ui::lazy::lazy_view;
use crate::ui::panels::copy_link::CopyLink;
use crate::ui::present::present_button::PresentButton;
use crate::ui::state::use_view;
use crate::ui::url_sync::Linked;

#[cfg_attr(feature = "split", lazy)]
async fn share_chunk() -> AnyView {
    view! { <crate::ui::embed::share_dialog::ShareDialog /> }.into_any()
}

#[cfg_attr(feature = "split", lazy)]
async fn export_chunk(
    kind: Export,
    linked: Linked,
    i18n: leptos_i18n::I18nContext<Locale>,
    message: RwSignal<Option<String>>,
) {
    super::export_menu::save(kind, linked, i18n, message);
}

#[component]
fn ViewTabs() -> impl IntoView {
    let view = use_view();
    let i18n = use_i18n();
    let buttons = Tab::ALL
        .into_iter()
        .map(|v| {
            // Not `View::label()`: that is the English name.
            let (id, label) = match v {
                Tab::Map => ("tab-map", t_string!(i18n, views.map)),
                Tab::Table => ("tab-table", t_string!(i18n, views.table)),
                Tab::Chart => ("tab-chart", t_string!(i18n, views.chart)),
            };
            view! {
                <button
                    type="button"
                    class="view-button"
                    id=id
                    aria-pressed=move || (view.tab.get() == v).to_string()
                    on:click=move |_| view.tab.set(v)
                >{label}</button>
            }
        })
        .collect_view();
    view! {
        <div class="view-tabs" role="group" aria-labelledby="tabs-label">
            <span class="visually-hidden" id="tabs-label">{t_string!(i18n, tabs.label)}</span>
            {buttons}
        </div>
    }
}

/// "Share or embed…": the dialog's code loads with the first click, which then opens it.
#[component]
fn ShareButton() -> impl IntoView {
    let i18n = use_i18n();
    let wanted = RwSignal::new(false);
    view! {
        <button type="button" class="button" id="share-open" aria-haspopup="dialog"
            on:click=move |_| {
                if wanted.get_untracked() {
                    crate::ui::embed::share_dialog::open();
                } else {
                    wanted.set(true);
                }
            }
        >{t_string!(i18n, share.open)}</button>
        <Show when=move || wanted.get()>{lazy_view(share_chunk)}</Show>
    }
}

/// "Download: PNG SVG CSV": the buttons are always there; the code that draws the sheet loads
/// with the first click, which it then carries out.
#[component]
fn Downloads() -> impl IntoView {
    let linked = Linked::get();
    let view = linked.view;
    let i18n = use_i18n();
    let message = RwSignal::new(None::<String>);
    let run = move |kind: Export| {
        leptos::task::spawn_local(export_chunk(kind, linked, i18n, message));
    };
    view! {
        <div class="export" role="group" aria-label=move || t_string!(i18n, export.group_label)>
            <span class="export-label" aria-hidden="true">{t_string!(i18n, export.label)}</span>
            <button type="button" class="button small" id="export-png" on:click=move |_| run(Export::Png) aria-label=move || t_string!(i18n, export.png_label)>"PNG"</button>
            <button type="button" class="button small" id="export-svg" on:click=move |_| run(Export::Svg) aria-label=move || t_string!(i18n, export.svg_label)>"SVG"</button>
            // The table view has its own CSV button, in the table's order.
            <Show when=move || view.tab.get() != Tab::Table>
                <button type="button" class="button small" id="export-csv" on:click=move |_| run(Export::Csv) aria-label=move || t_string!(i18n, export.csv_label)>"CSV"</button>
            </Show>
            {move || message.get().map(|m| view! { <p role="alert" class="alert alert-error">{m}</p> })}
        </div>
    }
}

#[component]
pub fn ViewBar() -> impl IntoView {
    let derived = crate::ui::state::use_derived();
    let i18n = use_i18n();
    move || {
        derived.lang.track();
        // On a phone the sharing tools wait behind one button (a native popover: it opens
        // before the app's code has arrived); elsewhere the style sheet lays them out in line.
        view! {
            <ViewTabs />
            <button type="button" class="button more-toggle" id="more-toggle" popovertarget="more-actions"
                aria-label=move || t_string!(i18n, views.more_label)>{t_string!(i18n, views.more)}</button>
            <div class="share-row" id="more-actions" popover="">
                <CopyLink />
                <ShareButton />
                <PresentButton />
                <Downloads />
            </div>
        }
    }
}
