//! Files the visitor gave the page before the app took over: dropped on the map, or chosen in
//! the first view's file inputs. The app opens them once its handler is set.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Document, File};

type Handler = Rc<dyn Fn(File)>;

thread_local! {
    static HANDLER: RefCell<Option<Handler>> = const { RefCell::new(None) };
    static DROPPED: RefCell<Option<File>> = const { RefCell::new(None) };
    static CHOSEN: RefCell<Vec<(String, File)>> = const { RefCell::new(Vec::new()) };
}

/// A file chosen in one of the first view's file inputs (`id`), kept for the app's own input.
pub fn chosen(id: String, file: File) {
    CHOSEN.with(|c| {
        let mut c = c.borrow_mut();
        c.retain(|(i, _)| *i != id);
        c.push((id, file));
    });
}

/// Gives each file chosen before the app loaded to the app's input of the same id, as if
/// chosen there.
pub fn hand_over_chosen(doc: &Document) {
    for (id, file) in CHOSEN.with(|c| std::mem::take(&mut *c.borrow_mut())) {
        let Some(input) = doc
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            continue;
        };
        let Ok(transfer) = web_sys::DataTransfer::new() else {
            continue;
        };
        if transfer.items().add_with_file(&file).is_err() {
            continue;
        }
        input.set_files(transfer.files().as_ref());
        if let Ok(e) = web_sys::Event::new("change") {
            let _ = input.dispatch_event(&e);
        }
    }
}

/// The app's way of opening a dropped file; a file dropped while it loaded opens now.
pub fn set_handler(open: impl Fn(File) + 'static) {
    let open: Handler = Rc::new(open);
    if let Some(file) = DROPPED.with(|d| d.borrow_mut().take()) {
        open(file);
    }
    HANDLER.with(|h| *h.borrow_mut() = Some(open));
}

/// Whether the app has set its handler (it is there to open a file at once).
pub fn handler_set() -> bool {
    HANDLER.with(|h| h.borrow().is_some())
}

/// Opens `file` with the app's handler, else keeps it for when the app sets one (and says so).
pub fn dropped(file: File) -> bool {
    match HANDLER.with(|h| h.borrow().clone()) {
        Some(open) => {
            open(file);
            true
        }
        None => {
            DROPPED.with(|d| *d.borrow_mut() = Some(file));
            false
        }
    }
}
