//! "Add your figures (CSV)": a person's own figures laid over the dataset, in this tab only
//! (nothing is uploaded: the file is read by the page). Problems are listed by line and column.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::check::csv::{parse_figures_csv, Import, MAX_CSV_BYTES};
use crate::core::model::dataset::Dataset;
use crate::i18n::*;
use crate::ui::alerts::english_lines_view;
use crate::ui::locale;
use crate::ui::state::{use_data, use_derived, use_view, Data, Overlay, View};

/// A file that could not be used, and why.
#[derive(Clone, Debug, PartialEq)]
struct Failure {
    file: String,
    lines: Vec<String>,
}

/// The CSV reader, its own chunk: it loads with the first file chosen.
#[cfg_attr(feature = "split", lazy)]
async fn read_csv(bytes: Vec<u8>, name: String, base: Arc<Dataset>) -> Result<Import, Vec<String>> {
    parse_figures_csv(&bytes, &name, &base).map_err(|p| p.iter().map(ToString::to_string).collect())
}

/// Reads a chosen file's bytes (not its text: a file that is not UTF-8 must be told apart
/// from one that is, which the browser's text decoding would hide).
async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "the file could not be read".to_owned())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A file chosen: read (refused first when too large), checked and laid over the dataset;
/// what went wrong goes to `failure`.
fn on_file(
    ev: &leptos::ev::Event,
    data: Data,
    view: View,
    i18n: leptos_i18n::I18nContext<Locale>,
    failure: RwSignal<Option<Failure>>,
) {
    let Some(file) = super::chosen_file(ev) else {
        return;
    };
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
        let base = data.loaded.with_untracked(|d| d.ready().cloned());
        let Some(base) = base else {
            return failed(vec![t_string!(i18n, export.data_not_loaded).to_owned()]);
        };
        match read_csv(bytes, name.clone(), base).await {
            Ok(import) => {
                let first = import.figures.first().map(|(_, f)| f.indicator.clone());
                data.overlay.set(Some(Overlay::Figures {
                    file: name,
                    import: Arc::new(import),
                }));
                if first.is_some() {
                    view.indicator.set(first);
                }
                failure.set(None);
            }
            Err(lines) => failed(lines),
        }
    });
}

#[component]
pub fn ImportFigures() -> impl IntoView {
    let data = use_data();
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let lang = derived.lang.get_untracked();
    let failure = RwSignal::new(None::<Failure>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let on_change = move |ev: leptos::ev::Event| on_file(&ev, data, view, i18n, failure);
    let remove = move |_| {
        if data
            .overlay
            .with_untracked(|o| matches!(o, Some(Overlay::Figures { .. })))
        {
            data.overlay.set(None);
            // The button goes away with the figures: the keyboard focus goes back to the file
            // choice rather than to the top of the page.
            if let Some(input) = input_ref.get_untracked() {
                let _ = input.focus();
            }
        }
    };
    let done = move || {
        data.overlay.get().and_then(|o| match o {
            Overlay::Figures { file, import } => Some((file, import.figures.len())),
            Overlay::File { .. } => None,
        }).map(|(file, figures)| {
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
                    id="import-csv"
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
