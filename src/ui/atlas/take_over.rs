//! The app taking over the first view: each screen area's static markup is replaced by its
//! live component in one go, once the data is there (and the code of a country chosen before),
//! and what the visitor was doing carries over: the focus, the text typed, the drawers opened,
//! the button clicked. (An area a task was tried: it shortened the longest task, 358 → 130 ms
//! at 4x CPU, but a focus given back tasks after its element went lost its visible ring.)

use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::link::View as Tab;
use crate::core::write::dom;
use crate::ui::areas::AREAS;
use crate::ui::handoff::{self, take_pending, Intent};
use crate::ui::map::svg::{document, find_all};
use crate::ui::url_sync::Linked;

/// What the visitor had in hand when the app took over.
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

/// The selects and sliders of the first view whose value is not the one it was written with.
fn changed_choices(doc: &web_sys::Document) -> Vec<(String, String)> {
    let Some(page) = doc.get_element_by_id("page") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for el in find_all(&page, "select[id], input[type=range][id]") {
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

fn carry(doc: &web_sys::Document) -> Carried {
    let active = doc.active_element();
    let input = active
        .as_ref()
        .and_then(|a| a.dyn_ref::<web_sys::HtmlInputElement>().cloned());
    let select = active
        .as_ref()
        .and_then(|a| a.dyn_ref::<web_sys::HtmlSelectElement>().cloned());
    let open = doc
        .get_element_by_id("page")
        .map(|p| find_all(&p, "details[open][id]"))
        .unwrap_or_default()
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
        choices: changed_choices(doc),
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

/// Replaces the children of element `id` with `f`'s view.
fn island<N: IntoView + 'static>(
    doc: &web_sys::Document,
    id: &str,
    f: impl FnOnce() -> N + 'static,
) {
    let Some(el) = doc
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
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
        // Outside the effect: the areas belong to the app's root, not to this effect.
        let owner = Owner::current().and_then(|o| o.parent());
        queue_microtask(move || match owner {
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
    // A country chosen before (a tap, or the link's): the areas are mounted with it, its
    // details' code there, as the page already shows them (not the group's for a frame).
    if let Some(id) = handoff::pending_selection() {
        s.view.selected.set(Some(id));
    }
    let owner = Owner::current();
    let mount = move || {
        let Some(doc) = document() else { return };
        let carried = carry(&doc);
        handoff::set_open(Some(carried.open.clone()));
        in_owner(&owner, || {
            for (id, area) in AREAS {
                island(&doc, id, area);
            }
            finish(s, carried);
        });
    };
    if s.view.selected.with_untracked(Option::is_some) {
        wasm_bindgen_futures::spawn_local(async move {
            crate::ui::panels::details::load_selection_code().await;
            mount();
        });
    } else {
        mount();
    }
}

/// `f` run as part of `owner`, the app's root (the areas and their effects belong to it).
fn in_owner(owner: &Option<Owner>, f: impl FnOnce()) {
    match owner {
        Some(o) => o.with(f),
        None => f(),
    }
}

/// What follows the areas: what the visitor was doing, then what they did meanwhile.
fn finish(s: Linked, carried: Carried) {
    let Some(doc) = document() else { return };
    handoff::set_open(None);
    restore(&doc, &carried);
    handoff::set_handler(move |file| crate::ui::views::open_dataset::open_file(s.data, file));
    handoff::hand_over_chosen(&doc);
    for intent in take_pending() {
        match intent {
            Intent::Select(id) => {
                s.view.selected.set(Some(id));
                handoff::unfold("embed-toggle");
                // As the details panel does for a selection made once it is there: the heading
                // tells a screen reader what opened (the panel's own effect starts with this
                // selection, so it sees no change).
                if let Some(h) = doc
                    .get_element_by_id(dom::DETAILS_TITLE)
                    .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
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
