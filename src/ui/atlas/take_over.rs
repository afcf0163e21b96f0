//! The app taking over the first view: each screen area's static markup is replaced by its
//! live component, an area a task, once the data is there (and the code of a country chosen
//! before), and what the visitor was doing in it carries over: the focus, the text typed, the
//! drawers opened, the button clicked.
//!
//! An area a task: the page already shows each as its component renders it, so nothing moves
//! meanwhile, and a slow phone draws a frame or answers a tap between two rather than freezing
//! for all of them (358 ms at 4x CPU in one go; the controls alone take about 100). What the
//! visitor holds is read from each area just before it is replaced and given back in the same
//! task: the focus then moves from the old element to its twin with nothing in between, and
//! keeps its visible ring (a focus given back a task later, after the browser had moved it off
//! the removed element, lost it).

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::link::View as Tab;
use crate::core::write::dom;
use crate::ui::areas::AREAS;
use crate::ui::handoff::{self, take_pending, Intent};
use crate::ui::map::svg::{document, find_all};
use crate::ui::url_sync::Linked;

/// What the visitor had in hand in an area when the app took it over.
struct Carried {
    focus: Option<Focus>,
    value: Option<String>,
    selection: Option<(u32, u32)>,
    open: Vec<String>,
    /// The first view's selects and sliders the visitor changed (`id`, value), focused or not.
    choices: Vec<(String, String)>,
}

/// Where the focus was: the element's id, else its place among its area's focusable elements
/// (the area's component renders the same ones, in the same order, as the page showed).
enum Focus {
    Id(String),
    InArea(String, u32),
}

/// What can take the focus in an area.
const FOCUSABLE: &str = "a[href], button, input, select, textarea, summary, [tabindex]";

impl Focus {
    fn of(active: &web_sys::Element) -> Option<Self> {
        if !active.id().is_empty() {
            return Some(Focus::Id(active.id()));
        }
        let area = active
            .closest(&format!("[{}]", dom::DATA_AREA))
            .ok()
            .flatten()?;
        let all = area.query_selector_all(FOCUSABLE).ok()?;
        let at = (0..all.length()).find(|&i| {
            all.item(i)
                .is_some_and(|n| n.is_same_node(Some(active.as_ref())))
        })?;
        Some(Focus::InArea(area.id(), at))
    }

    fn find(&self, doc: &web_sys::Document) -> Option<web_sys::Element> {
        match self {
            Focus::Id(id) => doc.get_element_by_id(id),
            Focus::InArea(area, at) => doc
                .get_element_by_id(area)?
                .query_selector_all(FOCUSABLE)
                .ok()?
                .item(*at)?
                .dyn_into()
                .ok(),
        }
    }
}

/// The area's selects and sliders whose value is not the one the page was written with.
fn changed_choices(area: &web_sys::Element) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for el in find_all(area, "select[id], input[type=range][id]") {
        if let Some(select) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
            // The option written selected, else the first (as the browser shows it).
            let written = el
                .query_selector("option[selected]")
                .ok()
                .flatten()
                .or_else(|| el.query_selector("option").ok().flatten())
                .and_then(|o| o.get_attribute("value"));
            let value = select.value();
            if written.as_deref().unwrap_or_default() != value {
                out.push((el.id(), value));
            }
        } else if let Some(input) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            if input.value() != input.default_value() {
                out.push((el.id(), input.value()));
            }
        }
    }
    out
}

fn carry(doc: &web_sys::Document, area: &web_sys::Element) -> Carried {
    let active = doc
        .active_element()
        .filter(|a| area.contains(Some(a.as_ref())));
    let input = active
        .as_ref()
        .and_then(|a| a.dyn_ref::<web_sys::HtmlInputElement>().cloned());
    let select = active
        .as_ref()
        .and_then(|a| a.dyn_ref::<web_sys::HtmlSelectElement>().cloned());
    let open = find_all(area, "details[open][id]")
        .into_iter()
        .map(|d| d.id())
        .collect();
    Carried {
        focus: active.as_ref().and_then(Focus::of),
        value: input
            .as_ref()
            .map(|i| i.value())
            .or_else(|| select.map(|s| s.value()))
            .filter(|v| !v.is_empty()),
        selection: input.and_then(|i| Some((i.selection_start().ok()??, i.selection_end().ok()??))),
        open,
        choices: changed_choices(area),
    }
}

fn restore(doc: &web_sys::Document, c: &Carried) {
    for id in &c.open {
        if let Some(d) = doc
            .get_element_by_id(id)
            .and_then(|d| d.dyn_into::<web_sys::HtmlDetailsElement>().ok())
        {
            d.set_open(true);
        }
    }
    for (id, value) in &c.choices {
        let Some(el) = doc.get_element_by_id(id) else {
            continue;
        };
        let (current, kind) = if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
            (s.value(), "change")
        } else if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            (i.value(), "input")
        } else {
            continue;
        };
        if current == *value {
            continue;
        }
        if let Some(s) = el.dyn_ref::<web_sys::HtmlSelectElement>() {
            s.set_value(value);
        } else if let Some(i) = el.dyn_ref::<web_sys::HtmlInputElement>() {
            i.set_value(value);
        }
        // The live component hears it as the visitor's choice.
        if let Ok(e) = web_sys::Event::new(kind) {
            let _ = el.dispatch_event(&e);
        }
    }
    let Some(el) = c.focus.as_ref().and_then(|f| f.find(doc)) else {
        return;
    };
    if let (Some(input), Some(value)) = (el.dyn_ref::<web_sys::HtmlInputElement>(), &c.value) {
        input.set_value(value);
        // The live component hears it as typing.
        if let Ok(e) = web_sys::Event::new("input") {
            let _ = input.dispatch_event(&e);
        }
        if let Some((a, b)) = c.selection {
            let _ = input.set_selection_range(a, b);
        }
    }
    // A choice made in the first view's select while the app loaded.
    if let (Some(select), Some(value)) = (el.dyn_ref::<web_sys::HtmlSelectElement>(), &c.value) {
        select.set_value(value);
        if let Ok(e) = web_sys::Event::new("change") {
            let _ = select.dispatch_event(&e);
        }
    }
    if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
}

/// Replaces the children of area `el` with `f`'s view.
fn island<N: IntoView + 'static>(el: web_sys::HtmlElement, f: impl FnOnce() -> N + 'static) {
    while let Some(child) = el.first_child() {
        let _ = el.remove_child(&child);
    }
    // Its controls answer for themselves now, not as the first view's (`ui::first::intent`).
    let _ = el.set_attribute(dom::DATA_LIVE, "");
    mount_to(el, f).forget();
}

/// Takes over once the link has been applied and the names the page needs have loaded.
pub fn when_ready(s: Linked, names_settled: RwSignal<bool>) {
    let done = StoredValue::new(false);
    Effect::new(move || {
        if done.get_value() || !(s.page.ready.get() && names_settled.get()) {
            return;
        }
        done.set_value(true);
        // Outside the effect: the areas belong to the app's root, not to this effect. In a
        // task of its own: the link applied before it is a long one on a slow phone.
        let owner = Owner::current().and_then(|o| o.parent());
        crate::ui::browser::next_task(move || match owner {
            Some(o) => o.with(|| take_over(s)),
            None => take_over(s),
        });
    });
}

fn take_over(s: Linked) {
    let Some(doc) = document() else { return };
    if let Some(root) = doc.document_element() {
        // The page's own answers (`assets/first.js`) write into the areas no more.
        let _ = root.set_attribute(dom::DATA_ATLAS, "taking");
    }
    // The link is written once, when all is carried over (`url_sync`): a country chosen before
    // is set now, the filters chosen before it come with their areas.
    s.page.taking.set(true);
    // A country chosen before (a tap, or the link's): the areas are mounted with it, its
    // details' code there, as the page already shows them (not the group's for a frame).
    if let Some(id) = handoff::pending_selection() {
        s.view.selected.set(Some(id));
    }
    let owner = Owner::current();
    if s.view.selected.with_untracked(Option::is_some) {
        wasm_bindgen_futures::spawn_local(async move {
            crate::ui::panels::details::load_selection_code().await;
            mount_from(0, owner, s);
        });
    } else {
        mount_from(0, owner, s);
    }
}

/// Mounts the areas from the `i`th on, a task each, then finishes.
fn mount_from(i: usize, owner: Option<Owner>, s: Linked) {
    let Some(doc) = document() else { return };
    let Some((id, area)) = AREAS.get(i).copied() else {
        return in_owner(&owner, || finish(s));
    };
    if let Some(el) = doc
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let carried = carry(&doc, &el);
        handoff::set_open(Some(carried.open.clone()));
        in_owner(&owner, || {
            island(el, area);
            handoff::set_open(None);
            restore(&doc, &carried);
        });
    }
    crate::ui::browser::next_task(move || mount_from(i + 1, owner, s));
}

/// `f` run as part of `owner`, the app's root (the areas and their effects belong to it).
fn in_owner(owner: &Option<Owner>, f: impl FnOnce()) {
    match owner {
        Some(o) => o.with(f),
        None => f(),
    }
}

/// What follows the areas: what the visitor was doing, then what they did meanwhile.
fn finish(s: Linked) {
    let Some(doc) = document() else { return };
    handoff::set_handler(move |file| crate::ui::views::open_dataset::open_file(s.data, file));
    handoff::hand_over_chosen(&doc);
    for intent in take_pending() {
        match intent {
            Intent::Select(id) => {
                // Set at the take-over's start (above) unless the visitor chose since: set again,
                // it would render the country's details a second time.
                if s.view
                    .selected
                    .with_untracked(|c| c.as_deref() != Some(id.as_str()))
                {
                    s.view.selected.set(Some(id));
                }
                handoff::unfold("embed-toggle");
                // As the details panel does for a selection made once it is there: the heading
                // tells a screen reader what opened (the panel's own effect starts with this
                // selection, so it sees no change). Not if the visitor has moved on since: the
                // focus is theirs.
                let moved_on = doc.active_element().is_some_and(|a| {
                    doc.body().is_none_or(|b| !b.is_same_node(Some(a.as_ref())))
                        && doc
                            .get_element_by_id(dom::DETAILS)
                            .is_none_or(|d| !d.contains(Some(a.as_ref())))
                });
                if let Some(h) = doc
                    .get_element_by_id(dom::DETAILS_TITLE)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    .filter(|_| !moved_on)
                {
                    let _ = h.focus();
                }
            }
            Intent::Lang(l) => s.view.frame.update(|f| f.lang = Some(l)),
            Intent::Click(id) => {
                if let Some(b) = doc
                    .get_element_by_id(&id)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    b.click();
                }
            }
            Intent::Link | Intent::Stale | Intent::Engaged => {}
        }
    }
    s.page.taking.set(false);
    if let Some(root) = doc.document_element() {
        let _ = root.class_list().remove_1(dom::WAITING);
        // The page says the whole app is there (tests and the benchmark wait for it).
        let _ = root.set_attribute(dom::DATA_ATLAS, "ready");
    }
    if let Some(note) = doc.get_element_by_id(dom::ATLAS_LOADING) {
        note.remove();
    }
    // The map's stage shows only with the map view (the table and chart replace it).
    Effect::new(move || {
        let map = s.view.tab.get() == Tab::Map;
        if let Some(stage) = doc.get_element_by_id(dom::MAP_STAGE) {
            let _ = stage.toggle_attribute_with_force("hidden", !map);
        }
    });
}
