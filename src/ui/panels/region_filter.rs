//! Region picker: UN M49 regions and their sub-regions, from the boundary files.

use leptos::prelude::*;

use crate::core::derive::filter::{region_tree, slug};
use crate::i18n::*;
use crate::ui::state::{use_derived, use_view};

#[component]
pub fn RegionFilter() -> impl IntoView {
    let view = use_view();
    let derived = use_derived();
    let i18n = use_i18n();
    let tree = Memo::new(move |_| derived.places.with(|p| region_tree(p)));
    let value = move || view.filter.with(|f| f.region.clone().unwrap_or_default());
    let options = move || {
        tree.get()
            .into_iter()
            .map(|(region, subregions)| {
                let subs = subregions
                    .into_iter()
                    .filter(|s| *s != region)
                    .map(|s| {
                        let v = slug(&s);
                        let chosen = v.clone();
                        view! { <option value=v prop:selected=move || value() == chosen>{derived.region_name(&s)}</option> }
                    })
                    .collect_view();
                view! {
                    <optgroup label=derived.region_name(&region)>
                        <option value=slug(&region) prop:selected={
                            let r = slug(&region);
                            move || value() == r
                        }>{t_string!(i18n, region.all_of, region = derived.region_name(&region))}</option>
                        {subs}
                    </optgroup>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <div class="filter-group">
            <label for="region-filter">{t_string!(i18n, region.label)}</label>
            <select
                id="region-filter"
                prop:value=value
                on:change=move |e| {
                    let v = event_target_value(&e);
                    view.filter.update(|f| f.region = (!v.is_empty()).then_some(v));
                }
            >
                <option value="">{t_string!(i18n, region.all)}</option>
                {options}
            </select>
        </div>
    }
}
