//! "Your data" (loaded when its drawer opens): a person's own figures over the dataset, or
//! their own copy of the data file, shown in this tab only.

use leptos::prelude::*;

use super::import_figures::ImportFigures;
use super::open_dataset::OpenDataset;

/// The drawer's body, its own chunk: few visitors open it, and its forms and their checks
/// were part of the app's first pack, which every visitor who acts fetches.
#[cfg_attr(feature = "split", lazy)]
pub async fn data_chunk() -> AnyView {
    view! { <YourData /> }.into_any()
}

#[component]
pub fn YourData() -> impl IntoView {
    view! {
        <div class="drawer-body">
            <ImportFigures />
            <OpenDataset />
        </div>
    }
}
