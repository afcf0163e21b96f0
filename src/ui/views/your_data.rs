//! "Your data" (loaded when its drawer opens): a person's own figures over the dataset, or
//! their own copy of the data file, shown in this tab only.

use leptos::prelude::*;

use super::import_figures::ImportFigures;
use super::open_dataset::OpenDataset;

#[component]
pub fn YourData() -> impl IntoView {
    view! {
        <div class="drawer-body">
            <ImportFigures />
            <OpenDataset />
        </div>
    }
}
