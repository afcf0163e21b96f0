//! "Open a dataset file": an editor's preview of their copy of the data file before they
//! publish it. The file goes through the same check as `data=`, and the whole page shows it
//! (map, list, details, table, chart), in this tab only: nothing is uploaded.

use leptos::prelude::*;

use crate::core::check::dataset::MAX_DATASET_BYTES;
use crate::i18n::*;
use crate::ui::load::checked;
use crate::ui::state::{use_data, Data, Overlay};

/// Reads a chosen or dropped file into the page: shown at once, or its problems listed.
pub fn open_file(data: Data, file: web_sys::File) {
    let name = file.name();
    // Refused before reading, so that a huge file cannot freeze the tab.
    if file.size() > MAX_DATASET_BYTES as f64 {
        data.open_failed.set(Some((
            name,
            vec![format!(
                "(file): the file is {} bytes; the limit is {MAX_DATASET_BYTES} bytes",
                file.size()
            )],
        )));
        return;
    }
    leptos::task::spawn_local(async move {
        let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => {
                data.open_failed.set(Some((
                    name,
                    vec!["(file): the file could not be read".into()],
                )));
                return;
            }
        };
        // Text that is not UTF-8 keeps its replacement marks, which the check names.
        let text = String::from_utf8_lossy(&bytes);
        match checked(&name, &text) {
            Ok((dataset, left_out)) => {
                data.open_failed.set(None);
                data.overlay.set(Some(Overlay::File {
                    file: name,
                    dataset,
                    left_out,
                }));
            }
            Err(lines) => data.open_failed.set(Some((name, lines))),
        }
    });
}

/// The file choice, in the "Your data" drawer.
#[component]
pub fn OpenDataset() -> impl IntoView {
    let data = use_data();
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(file) = super::chosen_file(&ev) {
            open_file(data, file);
        }
    };
    view! {
        <div class="import">
            <label class="button small import-button">
                {t_string!(i18n, open.button)}
                <input
                    id="open-dataset"
                    type="file"
                    accept=".json,application/json"
                    class="visually-hidden"
                    aria-describedby="open-help"
                    on:change=on_change
                />
            </label>
            <p id="open-help" class="import-help">{t_string!(i18n, open.help)}</p>
        </div>
    }
}

/// Whether the page shows a file the visitor opened, and how many entities it has.
pub fn shown_file(data: Data) -> Option<(String, usize)> {
    data.overlay.with(|o| match o {
        Some(Overlay::File { file, dataset, .. }) => Some((file.clone(), dataset.entities.len())),
        _ => None,
    })
}

/// Back to the built-in data (or the host's).
pub fn remove_file(data: Data) {
    if data
        .overlay
        .with_untracked(|o| matches!(o, Some(Overlay::File { .. })))
    {
        data.overlay.set(None);
    }
}
