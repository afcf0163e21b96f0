//! "Add your figures (CSV)": a person's own figures laid over the dataset, in this tab only
//! (nothing is uploaded: the file is read by the page). Problems are listed by line and column.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::check::csv::{apply, parse_figures_csv, MAX_CSV_BYTES};
use crate::i18n::*;
use crate::ui::alerts::english_lines_view;
use crate::ui::locale;
use crate::ui::state::{use_app_state, Imported, Load};

/// A file that could not be used, and why.
#[derive(Clone, Debug, PartialEq)]
struct Failure {
    file: String,
    lines: Vec<String>,
}

/// Reads a chosen file's bytes (not its text: a file that is not UTF-8 must be told apart
/// from one that is, which the browser's text decoding would hide).
async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "the file could not be read".to_owned())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[component]
pub fn ImportFigures() -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let lang = state.lang.get_untracked();
    let failure = RwSignal::new(None::<Failure>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // Choosing the same file again (after editing it) must fire `change` again.
        input.set_value("");
        let name = file.name();
        let failed = {
            let file = name.clone();
            move |lines: Vec<String>| {
                failure.set(Some(Failure {
                    file: file.clone(),
                    lines,
                }))
            }
        };
        // Refused before reading, so that a huge file cannot freeze the tab.
        if file.size() > MAX_CSV_BYTES as f64 {
            return failed(vec![format!(
                "(file): the file is {} bytes; the limit is {MAX_CSV_BYTES} bytes",
                file.size()
            )]);
        }
        leptos::task::spawn_local(async move {
            let bytes = match read_bytes(&file).await {
                Ok(b) => b,
                Err(e) => return failed(vec![e]),
            };
            // The dataset as loaded, so that a second file replaces the first one's figures.
            let base = state
                .imported
                .with_untracked(|i| i.as_ref().map(|i| i.original.clone()))
                .or_else(|| state.dataset.with_untracked(|d| d.ready().cloned()));
            let Some(base) = base else {
                return failed(vec![t_string!(i18n, export.data_not_loaded).to_owned()]);
            };
            match parse_figures_csv(&bytes, &name, &base) {
                Ok(import) => {
                    let first = import.figures.first().map(|(_, f)| f.indicator.clone());
                    state
                        .dataset
                        .set(Load::Ready(Arc::new(apply(&base, &import))));
                    if first.is_some() {
                        state.indicator.set(first);
                    }
                    failure.set(None);
                    state.imported.set(Some(Imported {
                        file: name,
                        figures: import.figures.len(),
                        original: base,
                    }));
                }
                Err(problems) => failed(problems.iter().map(ToString::to_string).collect()),
            }
        });
    };
    let remove = move |_| {
        if let Some(i) = state.imported.get_untracked() {
            state.dataset.set(Load::Ready(i.original));
            state.imported.set(None);
            // The button goes away with the figures: the keyboard focus goes back to the file
            // choice rather than to the top of the page.
            if let Some(input) = input_ref.get_untracked() {
                let _ = input.focus();
            }
        }
    };
    let done = move || {
        state.imported.get().map(|Imported { file, figures, .. }| {
            let n = locale::number(lang, figures as f64);
            let text = if locale::plural_one(lang, figures) {
                t_string!(i18n, import.done_sg, n = n, file = file)
            } else {
                t_string!(i18n, import.done_pl, n = n, file = file)
            };
            view! {
                <div class="import-done" role="status">
                    <p>{text}</p>
                    <button type="button" class="button small" on:click=remove>{t_string!(i18n, import.remove)}</button>
                </div>
            }
        })
    };
    let failed = move || {
        failure.get().map(|Failure { file, lines }| {
            view! {
                <div class="alert alert-error" role="alert">
                    <p><strong>{t_string!(i18n, import.failed, file = file)}</strong></p>
                    {english_lines_view(lines, i18n, lang)}
                </div>
            }
        })
    };
    view! {
        <div class="import">
            <label class="button small import-button">
                {t_string!(i18n, import.button)}
                <input
                    node_ref=input_ref
                    type="file"
                    accept=".csv,text/csv"
                    class="visually-hidden"
                    aria-describedby="import-help"
                    on:change=on_change
                />
            </label>
            <p id="import-help" class="import-help">{t_string!(i18n, import.help)}</p>
            {done}
            {failed}
        </div>
    }
}
